#pragma once
// The commands of the command line, registered by subject (docs/cli.md). Each keeps its flags'
// values in state its callbacks own; `ctx` outlives the parse.
#include <CLI/CLI.hpp>

#include "cli/context.hpp"

namespace fl::cli {

// A flag that, when given, must hold something: `--as-of ""` is a usage error (exit 2), not
// "no date".
inline CLI::Validator not_empty() {
  return CLI::Validator([](const std::string& s) { return s.empty() ? std::string("must not be empty") : std::string(); },
                        "NOT EMPTY");
}

// init, post, verify, export, setting (journal_commands.cpp).
void register_journal_commands(CLI::App& app, Context& ctx);
// import, party, bank-account, rate, agreement, receipt (record_commands.cpp).
void register_record_commands(CLI::App& app, Context& ctx);
// balance, trial-balance, register, report (report_commands.cpp).
void register_report_commands(CLI::App& app, Context& ctx);
// statement import (statement_commands.cpp).
void register_statement_commands(CLI::App& app, Context& ctx);
// reconcile … (reconcile_commands.cpp).
void register_reconcile_commands(CLI::App& app, Context& ctx);
// migrate (migrate_command.cpp).
void register_migrate_command(CLI::App& app, Context& ctx);

}  // namespace fl::cli
