"""The architecture-doc check fails on a doc that names a missing file, misses a module or draws
other arrows than the ones enforced, and passes on the repository's own doc."""
import contextlib
import io
import pathlib
import shutil
import sys
import tempfile
import unittest

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import check_architecture_doc  # noqa: E402


class ArchitectureDocTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp())
        shutil.copytree(ROOT / "ledger", self.tmp / "ledger")
        shutil.copytree(ROOT / "docs", self.tmp / "docs")
        shutil.copytree(ROOT / "tests/arch", self.tmp / "tests/arch")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def run_check(self):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            rc = check_architecture_doc.main(self.tmp)
        sys.modules.pop("check_layers", None)
        return rc, out.getvalue()

    def edit_doc(self, old, new):
        doc = self.tmp / "docs/architecture.md"
        text = doc.read_text()
        self.assertIn(old, text)
        doc.write_text(text.replace(old, new, 1))

    def test_the_repository_doc_passes(self):
        rc, out = self.run_check()
        self.assertEqual(rc, 0, out)

    def test_a_missing_file_fails(self):
        self.edit_doc("`tests/arch/check_layers.py`", "`tests/arch/no_such_check.py`")
        rc, out = self.run_check()
        self.assertEqual(rc, 1)
        self.assertIn("no_such_check.py", out)

    def test_a_module_without_a_row_fails(self):
        (self.tmp / "ledger/newmodule").mkdir()
        rc, out = self.run_check()
        self.assertEqual(rc, 1)
        self.assertIn("ledger/newmodule/", out)

    def test_arrows_that_differ_from_the_enforced_ones_fail(self):
        self.edit_doc("app → store", "app → store → io")
        rc, out = self.run_check()
        self.assertEqual(rc, 1)
        self.assertIn("arrows", out)


if __name__ == "__main__":
    unittest.main()
