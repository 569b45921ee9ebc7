//! The project ledger in the app: read pasted cells or a .csv into the draft's ledger facts
//! (one undoable step), let the writer correct a column, and offer the ledger's values to the
//! fields whose words name a fact (each fill undoable, all at once one step). The reading runs
//! in the tools worker (`workers::read_ledger`); a failure leaves the draft as it was.

mod hook;
mod panel;

pub use hook::{offers, use_ledger, Offer, UseLedger};
pub use panel::LedgerPanel;
