"""Data is text: HTML and Markdown written in the YAML reach the page as visible characters."""
import json

from bs4 import BeautifulSoup

PAYLOAD = ('<script>alert("x")</script> <b>bold</b> *stars* [link](https://example.com) & "quotes" '
           '{{ "pwn" ~ "ed" }}')


def test_html_in_yaml_texts_renders_as_text(project_copy):
    data_file = project_copy.data_dir / "methodology.yml"
    text = data_file.read_text(encoding="utf-8")
    # Texts no editorial correction names (the validator compares those with their correction);
    # stage 2's title shows on stage 1's guide too, in the link to the next stage.
    for original in ("Налаштування та конфігурація", "Implementation contract signed",
                     "Project initiation (Odoo Cloud)"):
        assert text.count(original) == 1
        text = text.replace(original, PAYLOAD.replace('"', '\\"').join(['"', '"']))
    data_file.write_text(text, encoding="utf-8")
    result = project_copy.build()
    assert result.returncode == 0, result.stderr
    for page in ("stages/initiation/index.html", "en/stages/initiation/index.html", "index.html", "en/index.html"):
        html = BeautifulSoup((project_copy.site_dir / page).read_text(encoding="utf-8"), "html.parser")
        article = html.select_one("article")
        assert not article.find("script"), page
        assert not article.find("b"), page
        assert PAYLOAD in article.get_text(), page
        assert "pwned" not in html.decode(), page  # template syntax in the data is never run
    # the project page shows the stage titles in its table and hands them to its script as JSON,
    # which cannot close the script element that holds it
    for page in ("project/index.html", "en/project/index.html"):
        html = BeautifulSoup((project_copy.site_dir / page).read_text(encoding="utf-8"), "html.parser")
        article = html.select_one("article")
        assert [script.get("type") for script in article.find_all("script")] == ["application/json"], page
        assert not article.find("b"), page
        assert PAYLOAD in article.select_one(".playbook-report__table").get_text(), page
        config = json.loads(article.select_one("script.playbook-engagement-config").string)
        assert any(PAYLOAD in stage["heading"] for stage in config["stages"]), page
        assert "pwned" not in html.decode(), page
