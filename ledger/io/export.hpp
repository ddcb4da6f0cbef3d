#pragma once
// Exports the journal's transactions in the plain-text formats of ledger-cli (also read by
// hledger) and beancount, so that those independent tools can recompute our balances.
#include <string>

#include "journal/event.hpp"

namespace fl::io {

enum class ExportFormat { ledger, beancount };

// One transaction as text. Dimensions travel as metadata (ledger tags, beancount metadata).
void append_ledger(std::string& out, const Transaction& t);
void append_beancount(std::string& out, const Transaction& t);

// Beancount needs every account opened before its first use.
void append_beancount_open(std::string& out, Date date, std::string_view account);
std::string beancount_header(const Header& h);

}  // namespace fl::io
