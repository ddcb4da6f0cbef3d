// The journal itself on the command line: init, post, verify, export, setting.
#include <spdlog/spdlog.h>

#include <iostream>
#include <iterator>
#include <memory>

#include "app/arguments.hpp"
#include "app/input_file.hpp"
#include "app/journal_ops.hpp"
#include "app/migrate.hpp"
#include "app/records.hpp"
#include "base/json_writer.hpp"
#include "cli/booked.hpp"
#include "cli/commands.hpp"

namespace fl::cli {
namespace {

Result<std::string> read_input(const std::string& file) {
  if (file.empty() || file == "-") return app::read_input_stream(std::cin, "<stdin>");
  return app::read_input_file(file);
}

void register_init(CLI::App& app, Context& ctx) {
  struct Args {
    app::InitOptions init;
    std::string locale, jump;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("init", "create a new journal");
  cmd->add_option("--ledger-id", a->init.ledger_id, "a name for the ledger");
  cmd->add_option("--base-currency", a->init.base_currency, "reporting currency (USD)");
  cmd->add_option("--time-zone", a->init.time_zone, "IANA time zone for display (Asia/Jakarta)");
  cmd->add_option("--fiscal-year-start", a->init.fiscal_year_start, "MM-DD (01-01; US government 10-01)");
  cmd->add_option("--target", a->init.target, "funding target in the base currency");
  cmd->add_option("--rate-age-days-max", a->init.rate_age_days_max, "oldest fallback rate, days (7)");
  cmd->add_option("--number-locale", a->locale, "how numbers are written where nothing says: id (1.500.000,00) or en; recorded as a setting");
  cmd->add_option("--rate-jump-limit", a->jump, "refuse a rate this many percent from its neighbour unless confirmed (10); recorded as a setting");
  cmd->callback([&ctx, a] {
    ctx.run([&]() -> Result<void> {
      FL_TRY(std::string path, ctx.journal_path());
      FL_TRY(app::Clock clock, ctx.clock());
      if (!a->locale.empty()) a->init.number_locale = a->locale;
      if (!a->jump.empty()) a->init.rate_jump_limit = a->jump;
      FL_TRY(app::Initialized done, app::init_journal(path, a->init, clock));
      std::cout << "created " << path << "; head " << done.head_hex << "\n";
      return ok();
    });
  });
}

struct PostArgs {
  std::string file;
  app::TransactionFlags flags;
  std::string format = "table";
};

// What a post did: the transaction booked (text or JSON), or that it was there already.
void print_posted(const app::Written& w, const std::string& format) {
  warn_all(w.notices);
  if (format == "json") {
    print_booked(booked_of(w), format);
  } else if (!w.booked.empty()) {
    const std::string text = booked_text(booked_of(w));
    std::cout << text.substr(0, text.rfind("head "));
    std::cout << "posted as seq " << w.first_seq << "; head " << w.head_hex << "\n";
  } else {
    std::cout << "already in the journal at seq " << w.already_seq << " with the same content; nothing written\n";
  }
}

Result<void> run_post(Context& ctx, const PostArgs& a, bool from_flags) {
  FL_TRY(std::string path, ctx.journal_path());
  FL_TRY(app::Clock clock, ctx.clock());
  app::Written written;
  if (from_flags) {
    if (!a.file.empty()) return fail(Errc::usage, "give the transaction either as a JSON file or as flags, not both");
    FL_TRY(written, app::post_flags(path, a.flags, clock, ctx.write_options()));
  } else {
    FL_TRY(std::optional<NumberLocale> locale, app::locale_flag(a.flags.locale));
    if (locale) {
      return fail(Error(Errc::usage, "applies to --posting amounts; a JSON transaction's amounts are plain decimal strings")
                      .in("--number-locale"));
    }
    FL_TRY(std::string text, read_input(a.file));
    const std::string label = a.file.empty() || a.file == "-" ? "<stdin>" : a.file;
    FL_TRY(written, app::post_json(path, text, label, clock, ctx.write_options()));
  }
  print_posted(written, a.format);
  return ok();
}

void register_post(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<PostArgs>();
  auto* cmd = app.add_subcommand("post", "append one balanced transaction");
  cmd->add_option("file", a->file, "transaction JSON file, or - for standard input");
  cmd->add_option("--id", a->flags.id, "transaction id (required with flags)");
  cmd->add_option("--date", a->flags.date, "value date YYYY-MM-DD");
  cmd->add_option("--posting-date", a->flags.posting_date, "posting date (defaults to --date)");
  cmd->add_option("--description", a->flags.description, "free text");
  cmd->add_option("--reverses", a->flags.reverses, "id of the transaction this one corrects");
  cmd->add_option("--posting", a->flags.postings, "\"ACCOUNT AMOUNT CURRENCY [dimension=value ...]\"");
  cmd->add_option("--number-locale", a->flags.locale, "how --posting amounts are written: id (1.500.000,00) or en (default: the journal's setting)");
  cmd->add_option("--format", a->format, "what was booked: table or json")->check(CLI::IsMember({"table", "json"}));
  cmd->callback([&ctx, a, cmd] {
    const bool flags = cmd->count("--id") + cmd->count("--date") + cmd->count("--posting") + cmd->count("--description") > 0;
    ctx.run([&]() -> Result<void> {
      if (flags && a->flags.id.empty()) return fail(Error(Errc::usage, "is required when the transaction is given as flags").in("--id"));
      if (flags && a->flags.date.empty()) {
        return fail(Error(Errc::usage, "is required when the transaction is given as flags").in("--date"));
      }
      return run_post(ctx, *a, flags);
    });
  });
}

struct VerifyArgs {
  std::string migrated_from;  // the journal this one was migrated from (app/migrate.hpp)
  std::string expect_head;
  std::string format = "table";
};

std::string verify_json(const app::VerifyReport& v) {
  std::string out;
  json::JsonWriter w(out);
  w.begin_object().key("ok").boolean(v.ok).key("events").number(static_cast<long long>(v.events));
  w.key("lines").number(static_cast<long long>(v.lines));
  if (v.head_hex.empty()) {
    w.key("head").null();
  } else {
    w.member("head", v.head_hex);
  }
  w.key("first_bad");
  if (v.damage) {
    w.begin_object().key("seq").number(static_cast<long long>(v.damage->seq));
    w.key("line").number(static_cast<long long>(v.damage->line_no));
    w.key("offset").number(static_cast<long long>(v.damage->offset));
    w.member("reason", v.damage->reason).end_object();
  } else {
    w.null();
  }
  w.key("balances").begin_array();
  for (const auto& b : v.balances) {
    w.begin_object().member("account", b.account).member("currency", b.currency().code());
    w.member("amount", b.amount.to_string()).end_object();
  }
  w.end_array().end_object();
  return out;
}

Result<int> run_verify(const Context& ctx, const VerifyArgs& a) {
  FL_TRY(std::string path, ctx.journal_path());
  std::optional<std::string> expect;
  if (!a.expect_head.empty()) expect = a.expect_head;
  FL_TRY(app::VerifyReport v, app::verify_journal(path, expect));
  if (!a.migrated_from.empty()) FL_TRY_VOID(app::check_migrated_from(v, a.migrated_from));
  warn_all(v.warnings);
  if (a.format == "json") {
    std::cout << verify_json(v) << "\n";
  } else if (v.ok) {
    std::cout << "ok: " << v.events << " events in " << v.lines << " lines; hash chain intact\n"
              << "head: " << v.head_hex << "\n";
  }
  if (!v.ok) {
    std::cerr << path << ":" << v.damage->line_no << ": error: verification failed at line " << v.damage->line_no << " (seq "
              << v.damage->seq << ", byte " << v.damage->offset << "): " << v.damage->reason << "\n";
    return 3;
  }
  return 0;
}

void register_verify_export(CLI::App& app, Context& ctx) {
  auto ver = std::make_shared<VerifyArgs>();
  auto* cmd_ver = app.add_subcommand("verify", "check every hash, the chain and every transaction");
  cmd_ver->add_option("--expect-head", ver->expect_head, "the head hash an auditor kept");
  cmd_ver->add_option("--migrated-from", ver->migrated_from, "the journal this one was migrated from: it must verify and match the line count and head the header records");
  cmd_ver->add_option("--format", ver->format, "table or json")->check(CLI::IsMember({"table", "json"}));
  cmd_ver->callback([&ctx, ver] { ctx.run_code([&] { return run_verify(ctx, *ver); }); });

  struct ExportArgs {
    std::string format = "ledger", as_of;
  };
  auto ex = std::make_shared<ExportArgs>();
  auto* cmd_export = app.add_subcommand("export", "transactions as ledger-cli/hledger or beancount text");
  cmd_export->add_option("--format", ex->format, "ledger (also read by hledger) or beancount")
      ->check(CLI::IsMember({"ledger", "beancount"}));
  cmd_export->add_option("--as-of", ex->as_of, "only transactions on or before this value date")->check(not_empty());
  cmd_export->callback([&ctx, ex] {
    ctx.run([&]() -> Result<void> {
      FL_TRY(std::string path, ctx.journal_path());
      FL_TRY(std::optional<Date> date, app::as_of_flag(ex->as_of));
      const auto format = ex->format == "beancount" ? app::ExportFormat::beancount : app::ExportFormat::ledger;
      FL_TRY(std::string text, app::export_journal(path, format, date));
      std::cout << text;
      return ok();
    });
  });
}

void register_setting(CLI::App& app, Context& ctx) {
  struct Args {
    std::string name, value, format = "table";
  };
  auto a = std::make_shared<Args>();
  auto* setting = app.add_subcommand("setting", "journal-wide settings: number-locale (en or id), rate-jump-limit (percent)");
  auto* set = setting->add_subcommand("set", "record a setting; it applies to the writes after it");
  set->add_option("name", a->name, "number-locale or rate-jump-limit")->required()->check(CLI::IsMember({"number-locale", "rate-jump-limit"}));
  set->add_option("value", a->value, "number-locale: en or id; rate-jump-limit: a percentage, e.g. 10")->required();
  set->add_option("--format", a->format, "what was booked: table or json")->check(CLI::IsMember({"table", "json"}));
  set->callback([&ctx, a] {
    ctx.run([&]() -> Result<void> {
      FL_TRY(std::string path, ctx.journal_path());
      FL_TRY(app::Clock clock, ctx.clock());
      FL_TRY(app::Written w, app::set_setting(path, a->name, a->value, clock, ctx.write_options()));
      print_booked(booked_of(w), a->format);
      return ok();
    });
  });
  auto* show = setting->add_subcommand("show", "the settings in force");
  show->callback([&ctx] {
    ctx.run([&]() -> Result<void> {
      FL_TRY(std::string path, ctx.journal_path());
      FL_TRY(app::Loaded loaded, app::load_journal(path, ReplayOptions{}));
      const auto& st = loaded.ledger.programme().settings();
      std::cout << "number-locale    " << (st.number_locale ? (*st.number_locale == NumberLocale::id ? "id" : "en") : "(none: numbers that read differently in en and id are refused)") << "\n";
      std::cout << "rate-jump-limit  " << st.rate_jump_limit << " %\n";
      std::cout << "rate-age-days-max " << loaded.ledger.header().rate_age_days_max << " (header)\n";
      return ok();
    });
  });
}

}  // namespace

void register_journal_commands(CLI::App& app, Context& ctx) {
  register_init(app, ctx);
  register_post(app, ctx);
  register_verify_export(app, ctx);
  register_setting(app, ctx);
}

}  // namespace fl::cli
