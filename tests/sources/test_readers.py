"""kg.sources.readers: articles from .txt, .jsonl, .json, .html, folders and standard input."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from datetime import date

import pytest

from kg.errors import InputError
from kg.model import Article
from kg.sources.readers import Limits, read_articles, read_jsonl, read_path, read_stdin, within_limits

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Chile and Peru sign a fishing accord | The Andes Courier</title>
<meta property="og:title" content="Chile and Peru sign a fishing accord">
<meta property="article:published_time" content="2024-06-04T09:00:00Z">
<meta property="og:site_name" content="The Andes Courier">
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world/">World news</a></li><li><a href="/sport/">Sport</a></li></ul></nav>
<div class="cookie-notice">We use cookies to improve your experience. Accept all cookies to continue.</div>
<main>
<article>
<h1>Chile and Peru sign a fishing accord</h1>
<p class="byline">By Ana Ruiz</p>
<p>Chile and Peru signed an accord on fishing rights in the Pacific on Tuesday, ending a dispute that had
lasted for years between the two neighbours.</p>
<p>The agreement sets shared quotas for the anchovy fleet and creates a joint commission that will meet
twice a year in Lima and Santiago.</p>
<p>Officials from both governments said the deal would protect the livelihoods of thousands of fishermen
along the coast.</p>
</article>
</main>
<footer><p>Copyright 2024 The Andes Courier. All rights reserved.</p><p><a href="/privacy">Privacy policy</a></p></footer>
</body>
</html>
"""


def read_all(*inputs) -> tuple[list, list[InputError]]:
    errors: list[InputError] = []
    articles = list(read_articles(list(inputs), on_error=errors.append))
    return articles, errors


def jsonl_line(**record) -> str:
    return json.dumps(record) + "\n"


# -- plain text --------------------------------------------------------------------------------
def test_txt_id_title_and_date(tmp_path):
    path = tmp_path / "chile-peru.txt"
    path.write_text("\n\nChile and Peru sign accord\n2024-06-04\n\nChile and Peru signed an accord.\n", encoding="utf-8")
    [article] = read_path(path)
    assert article.id == "chile-peru"
    assert article.title == "Chile and Peru sign accord"
    assert article.date == date(2024, 6, 4)
    assert "Chile and Peru signed an accord." in article.text
    assert str(path) in article.origin


def test_txt_with_written_date_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Ghana signs accord\nJune 4, 2024\n\nGhana signed.\n", encoding="utf-8")
    [article] = read_path(path)
    assert article.date == date(2024, 6, 4)


def test_txt_without_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Ghana signs accord\n\nGhana signed an accord on Monday.\n", encoding="utf-8")
    [article] = read_path(path)
    assert article.date is None


def test_empty_txt_is_an_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    articles, errors = read_all(path)
    assert articles == []
    assert len(errors) == 1 and str(path) in str(errors[0])


# -- JSON Lines and JSON -------------------------------------------------------------------------
def test_jsonl_fields(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(
        jsonl_line(id="n1", text="Ghana signed an accord.", title="Accord", date="2024-06-04",
                   url="https://example.org/n1", source="Example Wire")
        + "\n"
        + jsonl_line(id=7, text="Togo signed too."),
        encoding="utf-8",
    )
    first, second = read_path(path)
    assert (first.id, first.text, first.title, first.date) == ("n1", "Ghana signed an accord.", "Accord", date(2024, 6, 4))
    assert (first.url, first.source) == ("https://example.org/n1", "Example Wire")
    assert first.origin == f"{path}:1"
    assert second.id == "7"  # ids are strings
    assert second.title is None and second.date is None and second.url is None
    assert second.origin == f"{path}:3"  # blank lines still count


def test_jsonl_date_falls_back_to_the_text(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl_line(id="n1", text="March 3, 2024\nGhana signed an accord."), encoding="utf-8")
    [article] = read_path(path)
    assert article.date == date(2024, 3, 3)


@pytest.mark.parametrize("written", ["June 4, 2024", "Tue, 04 Jun 2024 10:15:00 GMT", "4 June 2024 14:00"])
def test_jsonl_date_written_out_is_read_not_skipped(tmp_path, written):
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl_line(id="n1", text="Ghana signed an accord.", date=written), encoding="utf-8")
    [article] = read_path(path)
    assert article.date == date(2024, 6, 4)


def test_jsonl_date_that_is_no_date_still_skips(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl_line(id="n1", text="Ghana signed an accord.", date="soon"), encoding="utf-8")
    with pytest.raises(InputError, match="not an ISO date"):
        list(read_path(path))


def test_characters_that_print_as_nothing_leave_the_text(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl_line(id="n1", text="Mozam\u00adbique and al\u2011Rashid met\u200b in Accra."), encoding="utf-8")
    [article] = read_path(path)
    assert article.text == "Mozambique and al-Rashid met in Accra."
    txt = tmp_path / "one.txt"
    txt.write_text("Accord\n\nGha\u00adna signed.\n", encoding="utf-8")
    assert [a.text for a in read_path(txt)] == ["Accord\n\nGhana signed.\n"]


def test_json_object(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "j1", "text": "Mali asked for help.", "date": "2022-01-05"}), encoding="utf-8")
    [article] = read_path(path)
    assert (article.id, article.date) == ("j1", date(2022, 1, 5))


def test_json_list_with_a_bad_record(tmp_path):
    path = tmp_path / "many.json"
    path.write_text(json.dumps([{"id": "j1", "text": "One."}, {"id": "j2"}, {"id": "j3", "text": "Three."}]),
                    encoding="utf-8")
    articles, errors = read_all(path)
    assert [a.id for a in articles] == ["j1", "j3"]
    assert len(errors) == 1
    assert "record 2" in str(errors[0]) and "text" in str(errors[0])


def test_invalid_json_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"id": "j1",\n "text": }', encoding="utf-8")
    articles, errors = read_all(path)
    assert articles == []
    assert len(errors) == 1 and f"{path}:2" in str(errors[0])


# -- HTML -----------------------------------------------------------------------------------------
def test_html_main_text_title_and_date(tmp_path):
    path = tmp_path / "accord.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_path(path)
    assert article.id == "accord"
    assert "Chile and Peru signed an accord on fishing rights" in article.text
    assert "joint commission" in article.text
    for boilerplate in ("cookies", "Copyright", "Privacy policy", "Sport"):
        assert boilerplate not in article.text
    assert article.title == "Chile and Peru sign a fishing accord"
    assert article.date == date(2024, 6, 4)


def test_html_without_article_text_is_an_error(tmp_path):
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>x</title></head><body><nav><ul><li><a href='/'>Home</a></li>"
                    "<li><a href='/world/'>World news</a></li></ul></nav>"
                    "<div class='cookie-notice'>We use cookies.</div></body></html>", encoding="utf-8")
    articles, errors = read_all(path)
    assert articles == []
    assert len(errors) == 1 and str(path) in str(errors[0])


# -- standard input --------------------------------------------------------------------------------
def test_stdin_as_jsonl(monkeypatch):
    data = jsonl_line(id="s1", text="Chad closed the border.") + jsonl_line(id="s2", text="Niger reopened it.")
    monkeypatch.setattr(sys, "stdin", io.StringIO(data))
    articles, errors = read_all("-")
    assert [a.id for a in articles] == ["s1", "s2"]
    assert errors == []
    assert articles[1].origin == "<stdin>:2"


def test_stdin_as_plain_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Chad closes border\n\nChad closed the border on Monday.\n"))
    [article] = read_articles(["-"])
    assert article.id == "stdin"
    assert article.title == "Chad closes border"
    assert "closed the border" in article.text


def test_read_stdin_with_a_stream():
    [article] = read_stdin(io.StringIO("  \n" + jsonl_line(id="x", text="Hi.")))
    assert article.id == "x"


# -- folders --------------------------------------------------------------------------------------
def test_folder_is_read_recursively_and_other_files_passed_over(tmp_path):
    (tmp_path / "b.txt").write_text("Second\n\nTogo signed.", encoding="utf-8")
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "c.txt").write_text("Third\n\nBenin signed.", encoding="utf-8")
    (tmp_path / "sub" / "a.jsonl").write_text(jsonl_line(id="a", text="Ghana signed."), encoding="utf-8")
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "data.csv").write_text("id,text\n1,x\n", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("Fourth\n\nMali signed.", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(bytes(8))
    passed_over: list[Path] = []
    errors: list[InputError] = []
    articles = list(read_articles([tmp_path], on_error=errors.append, on_passed_over=passed_over.append))
    assert errors == []
    assert sorted(a.id for a in articles) == ["a", "b", "c"]
    assert passed_over == [tmp_path / "data.csv", tmp_path / "notes.md"]  # hidden files are not looked at


def test_documents_in_a_folder_are_skipped_by_name(tmp_path):
    (tmp_path / "ok.txt").write_text("Ok\n\nGhana signed.", encoding="utf-8")
    (tmp_path / "Report.PDF").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "brief.docx").write_bytes(b"PK\x03\x04")
    articles, errors = read_all(tmp_path)
    assert [a.id for a in articles] == ["ok"]
    assert [(Path(e.origin).name, e.reason.split(",")[0]) for e in errors] == [
        ("Report.PDF", "a PDF document"), ("brief.docx", "a Word document")]


@pytest.mark.parametrize("address", ["ftp://example.org/a.txt", "FILE:///etc/hostname", "gopher://example.org"])
def test_an_address_of_another_scheme_is_an_error_not_a_missing_file(address):
    articles, errors = read_all(address)
    assert articles == []
    assert [e.origin for e in errors] == [address]
    assert "only http and https addresses are read" in errors[0].reason


def test_several_inputs_keep_their_order(tmp_path):
    (tmp_path / "z.txt").write_text("Zed\n\nText.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay\n\nText.", encoding="utf-8")
    articles, _ = read_all(tmp_path / "z.txt", tmp_path / "a.txt")
    assert [a.id for a in articles] == ["z", "a"]


# -- errors ---------------------------------------------------------------------------------------
def test_broken_jsonl_line_among_good_ones(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        jsonl_line(id="g1", text="Ghana signed.") + '{"id": "bad", "text": \n' + jsonl_line(id="g2", text="Togo signed."),
        encoding="utf-8",
    )
    articles, errors = read_all(path)
    assert [a.id for a in articles] == ["g1", "g2"]
    assert len(errors) == 1
    assert isinstance(errors[0], InputError)
    assert errors[0].origin == f"{path}:2"
    assert f"{path}:2" in str(errors[0])
    assert str(errors[0]).startswith("[E001]")


def test_jsonl_errors_raise_without_a_handler(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(jsonl_line(id="g1", text="Ghana signed.") + "not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"mixed\.jsonl:2"):
        list(read_path(path))


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"id": "r1"}, "text"),
        ({"id": "r1", "text": "   "}, "text"),
        ({"id": "r1", "text": 42}, "text"),
        ({"text": "Ghana signed."}, "id"),
        ({"id": "r1", "text": "Ghana signed.", "date": "yesterday"}, "date"),
        (["id", "text"], "JSON object"),
    ],
)
def test_bad_records(record, reason):
    errors: list[InputError] = []
    articles = list(read_jsonl([json.dumps(record) + "\n"], "in.jsonl", errors.append))
    assert articles == []
    assert len(errors) == 1
    assert errors[0].origin == "in.jsonl:1"
    assert reason in errors[0].reason


def test_missing_path(tmp_path):
    missing = tmp_path / "nowhere.txt"
    (tmp_path / "ok.txt").write_text("Ok\n\nGhana signed.", encoding="utf-8")
    articles, errors = read_all(missing, tmp_path / "ok.txt")
    assert [a.id for a in articles] == ["ok"]
    assert len(errors) == 1 and errors[0].origin == str(missing)
    assert "no such file" in str(errors[0])


def test_unknown_extension_named_directly(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("Ghana signed.", encoding="utf-8")
    articles, errors = read_all(path)
    assert articles == []
    assert len(errors) == 1
    assert "'.md'" in str(errors[0]) and str(path) in str(errors[0])


def test_a_file_not_in_utf8_is_read_in_its_encoding_and_said_so(tmp_path):
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Côte d'Ivoire signed – a truce.".encode("cp1252"))
    cyrillic = tmp_path / "cyrillic.jsonl"
    cyrillic.write_bytes(jsonl_line(id="ru", text="Москва и Киев подписали соглашение в Стамбуле.").encode("utf-8")
                         .decode("unicode_escape").encode("cp1251"))
    notices: list[tuple[str, str]] = []
    articles = list(read_articles([latin, cyrillic], on_notice=lambda origin, message: notices.append((origin, message))))
    assert [a.text for a in articles] == ["Côte d'Ivoire signed – a truce.", "Москва и Киев подписали соглашение в Стамбуле."]
    assert notices == [(str(latin), "not UTF-8: read as cp1252"), (f"{cyrillic}:1", "not UTF-8: read as cp1251")]


@pytest.mark.parametrize("content, reason", [
    (b"%PDF-1.4\n%\xe2\xe3", "this is a PDF document"), (b"PK\x03\x04\x14\x00", "a ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"hello\x00world", "NUL bytes"),
])
def test_binary_files_are_refused_by_kind(tmp_path, content, reason):
    path = tmp_path / "renamed.txt"
    path.write_bytes(content)
    articles, errors = read_all(path)
    assert articles == []
    [error] = errors
    assert error.origin == str(path) and "binary content" in error.reason and reason in error.reason


def test_byte_order_mark_is_ignored(tmp_path):
    jsonl = tmp_path / "bom.jsonl"
    jsonl.write_bytes("\ufeff".encode() + (jsonl_line(id="a", text="Ghana signed.")
                                           + jsonl_line(id="b", text="Togo signed.")).encode())
    txt = tmp_path / "bom.txt"
    txt.write_bytes("\ufeffGhana signs accord\n\nGhana signed.\n".encode())
    articles, errors = read_all(jsonl, txt)
    assert errors == []
    assert [a.id for a in articles] == ["a", "b", "bom"]
    assert articles[2].title == "Ghana signs accord"


def test_distinct_ids_renames_a_different_text_and_skips_a_repeat():
    from kg.sources.readers import distinct_ids

    articles = [Article("a", "One text.", origin="x/a.txt"), Article("a", "Another text.", origin="y/a.txt"),
                Article("a", "One text.", origin="z/a.txt")]
    errors, renamed = [], []
    kept = list(distinct_ids(articles, on_error=errors.append, on_rename=lambda art, old: renamed.append((old, art.id))))
    assert [a.id for a in kept] == ["a", "a-2"]
    assert renamed == [("a", "a-2")]
    assert len(errors) == 1 and "z/a.txt" in str(errors[0]) and "x/a.txt" in str(errors[0])


# -- size limits -------------------------------------------------------------------------------------
def test_a_long_article_is_split_at_paragraph_ends():
    paragraphs = [f"Paragraph {n}: Kenya sent police to Haiti on day {n}." for n in range(40)]
    article = Article("long", "\n\n".join(paragraphs), title="Long", origin="long.txt")
    notices = []
    parts = list(within_limits([article], Limits(max_chars=500), on_notice=lambda o, m: notices.append((o, m))))
    assert [p.id for p in parts] == [f"long-part{n}" for n in range(1, len(parts) + 1)] and len(parts) > 3
    assert all(len(p.text) <= 500 for p in parts)
    assert [line for p in parts for line in p.text.split("\n\n") if line.strip()] == paragraphs
    assert parts[0].title == "Long" and parts[1].title == "Long (part 2)"
    assert notices == [("long.txt", f"{len(article.text):,} characters: split into {len(parts)} parts of at most 500 (--max-chars)")]


def test_a_paragraph_longer_than_the_limit_is_cut_at_sentence_ends():
    text = " ".join(f"Sentence {n} is here." for n in range(100))
    parts = list(within_limits([Article("one", text)], Limits(max_chars=200)))
    assert all(len(p.text) <= 200 for p in parts)
    assert " ".join(" ".join(p.text.split()) for p in parts) == text


def test_a_long_article_can_be_skipped_instead():
    errors = []
    kept = list(within_limits([Article("long", "x" * 2000, origin="a.txt"), Article("short", "Fine.")],
                              Limits(max_chars=1000, oversize="skip"), on_error=errors.append))
    assert [a.id for a in kept] == ["short"]
    assert errors[0].origin == "a.txt" and "2,000 characters, more than the 1,000" in errors[0].reason


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text("log line\n" * 20000, encoding="utf-8")
    errors = []
    articles = list(read_articles([path], on_error=errors.append, limits=Limits(max_file_bytes=100_000)))
    assert articles == [] and "MB is more than the 0.0954 MB" in errors[0].reason
