"""Every command explains itself: examples in each --help, the date options described, and kg --version."""

from __future__ import annotations

import re
from importlib.metadata import version

import pytest
from typer.testing import CliRunner

from kg.cli import app

COMMANDS = sorted(command.name for command in app.registered_commands)


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def test_every_command_is_listed(runner):
    assert COMMANDS == ["build", "export", "import", "query", "remove", "stats", "update", "viz"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_help_shows_an_example_of_its_command(runner, command):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    examples = re.findall(rf"^\s*kg {command} .+$", result.output, re.MULTILINE)
    assert 1 <= len(examples) <= 2, result.output
    assert re.search(r"^\s*Examples?:\s*$", result.output, re.MULTILINE), result.output


def test_since_and_until_are_described(runner):
    text = runner.invoke(app, ["viz", "--help"], env={"COLUMNS": "200"}).output
    assert re.search(r"--since .*YYYY-MM-DD\) or later", text), text
    assert re.search(r"--until .*YYYY-MM-DD\) or earlier", text), text


def test_version_is_the_installed_package_s(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"conflict-kg {version('conflict-kg')}"


def test_the_exit_codes_are_in_the_main_help(runner):
    text = runner.invoke(app, ["--help"], env={"COLUMNS": "200"}).output
    assert "130 Ctrl-C" in text and "2 bad usage" in text
