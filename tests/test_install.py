"""A plain ``pip install .`` (the ordinary pip, not the Makefile's upgraded one) into an empty
venv gives a working govfacts: the HTML reader's dependencies are declared, a page ingests.

Slow (it installs every dependency), so it runs in CI, or where GOVFACTS_INSTALL_TEST=1.
"""
import os
import subprocess
import sys
import venv

import pytest

from .conftest import IN_CI, ROOT

pytestmark = pytest.mark.skipif(
    not (IN_CI or os.environ.get("GOVFACTS_INSTALL_TEST")),
    reason="installs every dependency into a new venv: runs in CI or with GOVFACTS_INSTALL_TEST=1")

PAGE = """<!DOCTYPE html><html><head><title>Hội nghị triển khai cải cách hành chính</title>
<meta name="description" content="Sáng ngày 14/3/2024, UBND huyện Nông Sơn tổ chức hội nghị.">
</head><body><nav>Trang chủ | Tin tức</nav><article><h1>Hội nghị triển khai cải cách hành chính</h1>
<p>Sáng ngày 14/3/2024, UBND huyện Nông Sơn tổ chức hội nghị triển khai Kế hoạch số 45/KH-UBND
ngày 02/02/2024 về cải cách hành chính năm 2024. Đồng chí Lê Văn Bình, Chủ tịch UBND huyện chủ trì
hội nghị.</p><p>Năm 2023, Chỉ số cải cách hành chính của huyện đạt 85,12/100 điểm.</p></article>
<footer>Thống kê truy cập: 12345</footer></body></html>"""


@pytest.fixture(scope="module")
def plain_install(tmp_path_factory):
    env_dir = tmp_path_factory.mktemp("plain-venv")
    venv.EnvBuilder(with_pip=True).create(env_dir)  # the pip that ships with this Python
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(ROOT)],
                   check=True, timeout=1500)
    return env_dir


def test_an_html_page_ingests_after_a_plain_pip_install(plain_install, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    db = tmp_path / "facts.db"
    run = subprocess.run([plain_install / "bin" / "govfacts", "ingest", str(page), "--db", f"sqlite:///{db}"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    out = subprocess.run([plain_install / "bin" / "govfacts", "cites", "45/KH-UBND", "--db", f"sqlite:///{db}"],
                         capture_output=True, text=True, timeout=120)
    assert "45/KH-UBND" in out.stdout, out.stdout + out.stderr


def test_the_install_is_one_package_named_govfacts(plain_install):
    site = next((plain_install / "lib").glob("python*/site-packages"))
    assert (site / "govfacts" / "extraction").is_dir()
    assert not [n for n in ("extract", "db", "corpus", "patterns") if (site / n).exists()]
    run = subprocess.run([plain_install / "bin" / "python", "-c",
                          "import govfacts; print(govfacts.extract('Quyết định số 2370/QĐ-UBND ngày 19/8/2021')[0])"],
                         capture_output=True, text=True, timeout=300, cwd=plain_install)
    assert run.returncode == 0, run.stderr
    assert "2370/QĐ-UBND" in run.stdout and "document_ref" in run.stdout


def test_the_install_prints_no_packaging_warnings(tmp_path):
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "is absent from the" not in run.stdout + run.stderr
