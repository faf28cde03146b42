import subprocess
import sys


def test_the_library_never_imports_textual() -> None:
    code = ("import sys, search, search.index, search.entities, search.cleaning; "
            "from search import Index; assert 'textual' not in sys.modules, 'textual imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
