// talc, not Rust's dlmalloc: 2.6 KB less of the first load (ARCHITECTURE.md "Choices")
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    jianggao_app::run();
}
