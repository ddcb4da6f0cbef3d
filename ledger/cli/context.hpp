#pragma once
// What every command of the command line shares: the global flags, the clock (read once per
// run), the exit code, and the helpers that report errors and warnings. One Context is made by
// main() and handed to each command's registration; nothing lives in static storage.
#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/clock.hpp"
#include "app/write.hpp"
#include "base/result.hpp"

namespace fl::cli {

class Context {
 public:
  std::string journal;
  std::string now_text;  // --now / FUNDLEDGER_NOW: the test clock
  long lock_timeout_ms = 10000;
  int exit_code = 0;

  // -f / FUNDLEDGER_JOURNAL, required.
  [[nodiscard]] Result<std::string> journal_path() const;
  // The clock of this run: read on first use, the same instant afterwards.
  [[nodiscard]] Result<app::Clock> clock();
  app::WriteOptions write_options() const;

  // Runs a command's body: an error is printed and gives the exit code.
  void run(const std::function<Result<void>()>& body);
  // … for a body that chooses its own exit code.
  void run_code(const std::function<Result<int>()>& body);

 private:
  std::optional<app::Clock> clock_;
};

// Text from a user's files shown on a terminal: control characters escaped (cell_text.hpp), the
// message's own line breaks kept. Every error and warning goes through it.
std::string terminal_text(std::string_view text);
int report(const Error& e);  // prints the error; returns its exit code
void warn_all(const std::vector<std::string>& warnings);

}  // namespace fl::cli
