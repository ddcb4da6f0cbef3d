// fundledger: the command line. Parses arguments, reads the clock once, calls app/, prints, and maps
// errors to exit codes: 0 success, 1 input refused (nothing written), 2 usage, 3 verification
// failed (tampering or corruption found).
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <new>
#include <stdexcept>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  auto log = spdlog::stderr_logger_st("fundledger");
  log->set_pattern("fundledger: %l: %v");
  fl::cli::Context g;
  CLI::App app{"fundledger: a double-entry ledger for funding agreements"};
  app.require_subcommand(1);
  app.add_option("-f,--journal", g.journal, "journal file (or FUNDLEDGER_JOURNAL)")
      ->envname("FUNDLEDGER_JOURNAL");
  app.add_option("--now", g.now_text,
                 "the clock, as YYYY-MM-DDThh:mm:ssZ, for reproducible runs (or FUNDLEDGER_NOW)")
      ->envname("FUNDLEDGER_NOW");
  app.add_option("--lock-timeout", g.lock_timeout_ms, "ms a writer waits for the lock (10000)");
  fl::cli::register_journal_commands(app, g);
  fl::cli::register_record_commands(app, g);
  fl::cli::register_report_commands(app, g);
  fl::cli::register_statement_commands(app, g);
  fl::cli::register_reconcile_commands(app, g);
  fl::cli::register_migrate_command(app, g);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "fundledger: error: " << fl::cli::terminal_text(e.what()) << "\n(run `fundledger --help` for usage)\n";
    return 2;
  } catch (const std::overflow_error& e) {
    // A figure beyond 128 bits that no check before it caught: a refusal, never an abort.
    std::cerr << "fundledger: error: a figure cannot be computed exactly (" << e.what() << ")\n";
    return 1;
  } catch (const std::bad_alloc&) {
    // Inputs are bounded (docs/limits.md); memory can still run out. A message, never an abort.
    std::cerr << "fundledger: error: out of memory\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "fundledger: error: " << fl::cli::terminal_text(e.what()) << "\n";
    return 1;
  } catch (...) {
    std::cerr << "fundledger: error: an unexpected failure (not a standard exception)\n";
    return 1;
  }
  return g.exit_code;
}
