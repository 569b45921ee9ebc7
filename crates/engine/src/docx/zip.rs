//! A store-only ZIP writer: what a .docx package needs and nothing more.
//!
//! Entries are stored uncompressed (method 0) with their CRC-32, a fixed timestamp (so the same
//! draft gives the same bytes) and ASCII names; the central directory and the end record follow.
//! No ZIP64: a speech is far below 4 GB.

/// The CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) table, built at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// The CRC-32 of `data`, as ZIP stores it.
pub fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &b in data {
        c = CRC_TABLE[((c ^ b as u32) & 0xFF) as usize] ^ (c >> 8);
    }
    c ^ 0xFFFF_FFFF
}

/// 2026-01-01 00:00 in MS-DOS form: a fixed time keeps the output reproducible.
const DOS_TIME: u16 = 0;
const DOS_DATE: u16 = ((2026 - 1980) << 9) | (1 << 5) | 1;

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// A ZIP archive of stored entries, in the order given.
pub fn store(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let total: usize = entries
        .iter()
        .map(|(n, d)| 76 + 2 * n.len() + d.len())
        .sum();
    let mut out = Vec::with_capacity(total + 22);
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        // local file header
        u32le(&mut out, 0x0403_4B50);
        u16le(&mut out, 20); // version needed: 2.0
        u16le(&mut out, 0); // flags
        u16le(&mut out, 0); // method: stored
        u16le(&mut out, DOS_TIME);
        u16le(&mut out, DOS_DATE);
        u32le(&mut out, crc);
        u32le(&mut out, size);
        u32le(&mut out, size);
        u16le(&mut out, name.len() as u16);
        u16le(&mut out, 0); // extra field
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        // its central directory record
        u32le(&mut central, 0x0201_4B50);
        u16le(&mut central, 20); // version made by: 2.0, MS-DOS
        u16le(&mut central, 20);
        u16le(&mut central, 0);
        u16le(&mut central, 0);
        u16le(&mut central, DOS_TIME);
        u16le(&mut central, DOS_DATE);
        u32le(&mut central, crc);
        u32le(&mut central, size);
        u32le(&mut central, size);
        u16le(&mut central, name.len() as u16);
        u16le(&mut central, 0); // extra
        u16le(&mut central, 0); // comment
        u16le(&mut central, 0); // disk
        u16le(&mut central, 0); // internal attributes
        u32le(&mut central, 0); // external attributes
        u32le(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    let cd_size = central.len() as u32;
    out.extend_from_slice(&central);
    // end of central directory
    u32le(&mut out, 0x0605_4B50);
    u16le(&mut out, 0);
    u16le(&mut out, 0);
    u16le(&mut out, entries.len() as u16);
    u16le(&mut out, entries.len() as u16);
    u32le(&mut out, cd_size);
    u32le(&mut out, cd_offset);
    u16le(&mut out, 0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_of_known_strings() {
        // the check value of CRC-32/ISO-HDLC, and the empty string
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
    }

    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
    }

    #[test]
    fn entries_can_be_found_again_from_the_end_record() {
        let z = store(&[("a.xml", b"<a/>"), ("dir/b.txt", "讲话".as_bytes())]);
        let end = z.len() - 22;
        assert_eq!(u32_at(&z, end), 0x0605_4B50);
        assert_eq!(u16::from_le_bytes([z[end + 10], z[end + 11]]), 2);
        let cd = u32_at(&z, end + 16) as usize;
        assert_eq!(u32_at(&z, cd), 0x0201_4B50);
        // the second record points at a local header holding the second entry's bytes
        let first_name_len = u16::from_le_bytes([z[cd + 28], z[cd + 29]]) as usize;
        let second = cd + 46 + first_name_len;
        let local = u32_at(&z, second + 42) as usize;
        assert_eq!(u32_at(&z, local), 0x0403_4B50);
        let data_at = local + 30 + "dir/b.txt".len();
        assert_eq!(&z[data_at..data_at + 6], "讲话".as_bytes());
        assert_eq!(u32_at(&z, local + 14), crc32("讲话".as_bytes()));
    }
}
