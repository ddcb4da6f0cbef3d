#pragma once
#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "time/date.hpp"

namespace fl::cli {

struct Globals {
  std::string journal;
  std::string now_text;
  long lock_timeout_ms = 10000;
  int exit_code = 0;
};

void register_commands(CLI::App& app, Globals& g);
// Statement import and reconciliation (reconcile_commands.cpp).
void register_reconcile_commands(CLI::App& app, Globals& g);
// Format migration (migrate_command.cpp).
void register_migrate_command(CLI::App& app, Globals& g);

// Shared by the command files.
int report(const Error& e);  // prints the error; returns its exit code
void warn_all(const std::vector<std::string>& warnings);
[[nodiscard]] Result<std::string> journal_path(const Globals& g);
[[nodiscard]] Result<Instant> now(const Globals& g);
[[nodiscard]] Result<std::optional<Date>> as_of(const std::string& text);

}  // namespace fl::cli
