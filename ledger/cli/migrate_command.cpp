// `fundledger migrate`: a version-1 journal written anew in the current format version
// (app/migrate.hpp, docs/cli.md).
#include <iostream>
#include <memory>

#include "app/migrate.hpp"
#include "cli/commands.hpp"

namespace fl::cli {

void register_migrate_command(CLI::App& app, Globals& g) {
  auto output = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("migrate", "write the journal anew in the current format version (2)");
  cmd->add_option("--output", *output, "the new journal; must not exist")->required();
  cmd->callback([&g, output] {
    auto r = [&]() -> Result<void> {
      FL_TRY(std::string path, journal_path(g));
      FL_TRY(app::Migrated m, app::migrate_journal(path, *output, std::chrono::milliseconds(g.lock_timeout_ms)));
      warn_all(m.warnings);
      std::cout << "migrated " << m.events << " events from format version " << m.from_version << " ("
                << m.old_lines << " lines, head " << m.old_head_hex << ")\n"
                << "to format version 2 in " << *output << " (" << m.new_lines << " lines, head "
                << m.new_head_hex << ")\n"
                << "check it with: fundledger -f " << *output << " verify --migrated-from " << path << "\n";
      return ok();
    }();
    g.exit_code = r ? 0 : report(r.error());
  });
}

}  // namespace fl::cli
