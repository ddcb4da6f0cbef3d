#include "cli/context.hpp"

#include <spdlog/spdlog.h>

#include <iostream>

#include "reports/cell_text.hpp"

namespace fl::cli {
namespace {

int exit_code_of(const Error& e) {
  switch (e.code()) {
    case Errc::usage: return 2;
    case Errc::corrupt: return 3;
    default: return 1;
  }
}

}  // namespace

std::string terminal_text(std::string_view text) {
  std::string out;
  std::size_t from = 0;
  for (;;) {  // line by line: the message's own line breaks stay line breaks
    const std::size_t lf = text.find('\n', from);
    out += reports::terminal_safe_text(text.substr(from, lf == std::string_view::npos ? lf : lf - from));
    if (lf == std::string_view::npos) return out;
    out += '\n';
    from = lf + 1;
  }
}

int report(const Error& e) {
  std::cerr << terminal_text(e.render()) << "\n";
  return exit_code_of(e);
}

void warn_all(const std::vector<std::string>& warnings) {
  for (const auto& w : warnings) spdlog::get("fundledger")->warn("{}", terminal_text(w));
}

Result<std::string> Context::journal_path() const {
  if (journal.empty()) return fail(Errc::usage, "no journal: give -f PATH or set FUNDLEDGER_JOURNAL");
  return journal;
}

Result<app::Clock> Context::clock() {
  if (!clock_) {
    FL_TRY(app::Clock c, app::Clock::read(now_text));
    clock_ = c;
  }
  return *clock_;
}

app::WriteOptions Context::write_options() const {
  app::WriteOptions o;
  o.lock_timeout = std::chrono::milliseconds(lock_timeout_ms);
  return o;
}

// Every command reads the clock first, readers too: a --now it cannot read is refused
// (exit 2) by every command, not only by those that write.
void Context::run(const std::function<Result<void>()>& body) {
  if (auto c = clock(); !c) {
    exit_code = report(c.error());
    return;
  }
  auto r = body();
  exit_code = r ? 0 : report(r.error());
}

void Context::run_code(const std::function<Result<int>()>& body) {
  if (auto c = clock(); !c) {
    exit_code = report(c.error());
    return;
  }
  auto r = body();
  exit_code = r ? *r : report(r.error());
}

}  // namespace fl::cli
