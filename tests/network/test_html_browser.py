"""kg.network.html in a real browser: headless Chromium opens the page from disk and draws it, with no request leaving
the machine and no error; search, filters, tooltips and zoom react.

Needs Playwright for Python and a Chromium on the PATH (scripts/install_browser.sh installs Debian's); without
them the tests are skipped, never failed.
"""

from __future__ import annotations

import io
import shutil

import networkx as nx
import pytest

from kg.network.html import write_html

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install playwright)")
BROWSER = next((path for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
                if (path := shutil.which(name))), None)
if BROWSER is None:
    pytest.skip("no Chromium on the PATH (scripts/install_browser.sh installs Debian's chromium)", allow_module_level=True)

pytestmark = pytest.mark.slow  # a browser start per test
R = "https://w3id.org/conflict-kg/resource/"
WIDTH, HEIGHT = 1200, 800
COUNTRY_BLUE = (0x4C, 0x72, 0xB0)


def add_edge(network, source, target, key, relation, **attributes):
    defaults = {"statement": "Event", "directed": True, "date": "2024-06-03", "confidence": 0.85,
                "evidence": f"The sentence behind {key}.", "trigger": None, "role": None, "article": R + "article/a1",
                "title": "Story one", "published": "2024-06-04", "url": "https://example.org/story-one"}
    network.add_edge(R + source, R + target, key=R + key, relation=relation, **(defaults | attributes))


def sample_network() -> nx.MultiDiGraph:
    """Eight entities, eleven edges: mediation, meetings (parallel), a deployment, offices, an attack."""
    network = nx.MultiDiGraph()
    for node, kind, label in [("country/TUR", "Country", "Turkey"), ("country/RUS", "Country", "Russia"),
                              ("country/UKR", "Country", "Ukraine"), ("country/PER", "Country", "Peru"),
                              ("person/erdogan", "Person", "Recep Tayyip Erdoğan"),
                              ("person/akar", "Person", "Hulusi Akar"), ("organization/un", "Organization",
                                                                         "United Nations"),
                              ("location/odesa", "Location", "Odesa")]:
        network.add_node(R + node, type=kind, label=label)
    add_edge(network, "country/TUR", "country/RUS", "event/1", "mediates",
             evidence="Russia and Ukraine sign grain export deals brokered by Turkey.")
    add_edge(network, "country/TUR", "country/UKR", "event/2", "mediates")
    add_edge(network, "organization/un", "country/RUS", "event/3", "mediates")
    add_edge(network, "country/RUS", "country/UKR", "event/4", "meetsWith", directed=False)
    add_edge(network, "country/UKR", "country/RUS", "event/5", "meetsWith", directed=False)
    add_edge(network, "country/RUS", "country/UKR", "event/6", "attacks", directed=False,
             article=R + "article/a2", title="Story two", url="javascript:alert(1)")
    add_edge(network, "country/RUS", "location/odesa", "event/7", "deploysTo")
    add_edge(network, "person/erdogan", "country/TUR", "office/1", "officialOf", role="President", confidence=None)
    add_edge(network, "person/akar", "country/TUR", "office/2", "officialOf", role="Defence Minister",
             confidence=None)
    add_edge(network, "country/TUR", "country/PER", "event/8", "meetsWith", directed=False)
    add_edge(network, "country/PER", "country/TUR", "event/9", "accuses")
    return network


def two_nodes() -> nx.MultiDiGraph:
    network = nx.MultiDiGraph()
    network.add_node(R + "country/PER", type="Country", label="Peru")
    network.add_node(R + "country/CHL", type="Country", label="Chile")
    add_edge(network, "country/PER", "country/CHL", "event/1", "sanctions", evidence="Peru imposed sanctions on Chile.")
    return network


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=BROWSER, args=["--no-sandbox"])
        except sync_api.Error as error:
            pytest.skip(f"{BROWSER} does not start headless: {str(error).splitlines()[0]}")
        yield chromium
        chromium.close()


class Opened:
    """A page opened from disk, with every request, console error and page error it caused."""

    def __init__(self, browser, network, tmp_path, **options):
        self.requests: list[str] = []
        self.errors: list[str] = []
        path = tmp_path / "network.html"
        write_html(network, path, **options)
        # reduced motion: the page moves the view at once, so a busy machine cannot make a test click mid-flight
        self.page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, reduced_motion="reduce")
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        # nothing may leave the machine even if the page tried: anything but file: and data: is refused
        self.page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
                        else route.abort())
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("html[data-kg-drawn]")

    def outside_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(("file:", "data:"))]

    def text(self, selector: str) -> str:
        """The text as shown, with runs of white space (line breaks between flex items) as one space."""
        return " ".join(self.page.locator(selector).inner_text().split())

    def settle(self):
        """Wait until the page has drawn what it was last told (two animation frames)."""
        self.page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


@pytest.fixture
def opened(browser, tmp_path):
    pages = []

    def open_page(network, **options):
        pages.append(Opened(browser, network, tmp_path, **options))
        return pages[-1]

    yield open_page
    for page in pages:
        page.page.close()


CANVAS_PIXELS = """() => {
  const canvas = document.getElementById("kg-canvas");
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0, blue = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i + 3] > 0) painted += 1;
    if (pixels[i] === %d && pixels[i + 1] === %d && pixels[i + 2] === %d && pixels[i + 3] === 255) blue += 1;
  }
  return {painted, blue, total: pixels.length / 4};
}""" % COUNTRY_BLUE


def test_the_page_draws_the_network_with_no_request_and_no_error(opened):
    view = opened(sample_network())
    pixels = view.page.evaluate(CANVAS_PIXELS)
    assert pixels["painted"] > 0.005 * pixels["total"]  # edges, nodes and labels
    assert pixels["blue"] > 200  # the four countries, filled with their type's colour
    assert view.text("#kg-count") == "8 entities, 11 edges shown"
    assert view.outside_requests() == [] and view.requests and view.errors == []
    legend = view.page.locator("#kg-relations li").all_inner_texts()
    assert [line.split()[0] for line in legend] == ["mediates", "deploysTo", "meetsWith", "attacks", "accuses",
                                                   "officialOf"]


def test_a_screenshot_shows_the_drawing_in_colour(opened):
    from PIL import Image

    view = opened(sample_network())
    image = Image.open(io.BytesIO(view.page.locator("#kg-canvas").screenshot())).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20)
    assert len(colours) > 50  # not blank: shapes, lines and antialiased text
    assert sum(count for count, colour in colours if colour == COUNTRY_BLUE) > 200
    white = sum(count for count, colour in colours if colour == (255, 255, 255))
    assert white < 0.99 * image.width * image.height


def test_the_search_box_finds_centres_and_highlights_an_entity(opened):
    view = opened(sample_network())
    view.page.fill("#kg-search", "erdog")  # accents and case do not matter
    assert view.text("#kg-details h3") == "Recep Tayyip Erdoğan"
    assert view.text("#kg-search-status").startswith("Recep Tayyip Erdoğan · Person")
    assert "officialOf → Turkey" in view.text("#kg-details ul")
    view.settle()
    # the entity is now in the middle of the drawing: hovering there shows its tooltip
    box = view.page.locator("#kg-canvas").bounding_box()
    view.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert view.page.locator("#kg-tooltip").is_visible()
    assert "Recep Tayyip Erdoğan" in view.text("#kg-tooltip") and "Person" in view.text("#kg-tooltip")
    view.page.fill("#kg-search", "Atlantis")
    assert view.text("#kg-search-status") == "No entity matches “Atlantis”."
    assert view.errors == []


def test_unticking_a_relation_hides_its_edges_and_the_entities_left_alone(opened):
    view = opened(sample_network())
    view.page.locator("#kg-relations label", has_text="officialOf").click()
    assert view.text("#kg-count") == "6 entities, 9 edges shown"
    view.page.locator("#kg-relations label", has_text="meetsWith").click()
    assert view.text("#kg-count") == "6 entities, 6 edges shown"
    view.page.click("#kg-none")
    assert view.text("#kg-count") == "0 entities, 0 edges shown"
    view.page.click("#kg-all")
    assert view.text("#kg-count") == "8 entities, 11 edges shown"
    view.page.locator("#kg-types label", has_text="Person").click()
    assert view.text("#kg-count") == "6 entities, 9 edges shown"
    assert view.errors == []


def test_an_edge_shows_its_evidence_on_hover_and_keeps_it_open_on_click(opened):
    view = opened(two_nodes())
    box = view.page.locator("#kg-canvas").bounding_box()
    y = box["y"] + box["height"] / 2
    tooltip = view.page.locator("#kg-tooltip")
    for x in range(int(box["x"]) + 5, int(box["x"] + box["width"]), 4):  # along the line through both nodes
        view.page.mouse.move(x, y)
        if tooltip.is_visible() and "sanctions" in tooltip.inner_text():
            break
    else:
        pytest.fail("no edge tooltip along the middle of the drawing")
    text = tooltip.inner_text()
    for shown in ("Peru → Chile", "Peru imposed sanctions on Chile.", "Story one", "2024-06-04", "2024-06-03",
                  "0.85", "https://example.org/story-one"):
        assert shown in text, shown
    view.page.mouse.click(x, y)
    assert tooltip.get_attribute("class") == "kg-pinned"
    link = tooltip.locator("a")
    assert link.get_attribute("href") == "https://example.org/story-one"
    assert link.get_attribute("rel") == "noopener noreferrer"
    view.page.mouse.move(box["x"] + 3, box["y"] + box["height"] - 3)
    assert tooltip.is_visible()  # pinned: it stays when the pointer leaves
    view.page.keyboard.press("Escape")
    assert not tooltip.is_visible()
    assert view.errors == [] and view.outside_requests() == []


def test_only_http_addresses_become_links(opened):
    view = opened(sample_network())
    view.page.fill("#kg-search", "Russia")
    view.page.locator("#kg-details li button", has_text="attacks").click()
    tooltip = view.page.locator("#kg-tooltip")
    assert "javascript:alert(1)" in tooltip.inner_text() and "Story two" in tooltip.inner_text()
    assert tooltip.locator("a").count() == 0
    view.page.locator("#kg-details li button", has_text="deploysTo").click()
    assert "Odesa" in tooltip.inner_text() and tooltip.locator("a").count() == 1


def test_clicking_an_entity_highlights_its_neighbours(opened):
    view = opened(sample_network())
    view.page.fill("#kg-search", "Peru")  # brings Peru to the middle
    view.settle()
    view.page.evaluate("document.activeElement.blur()")
    view.page.keyboard.press("Escape")  # and clears the highlight
    assert not view.page.locator("#kg-details").is_visible()
    box = view.page.locator("#kg-canvas").bounding_box()
    before = view.page.evaluate(CANVAS_PIXELS)
    view.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # Peru is in the middle
    assert view.text("#kg-details h3") == "Peru"
    details = view.text("#kg-details")
    assert "meetsWith — Turkey" in details and "accuses → Turkey" in details
    after = view.page.evaluate(CANVAS_PIXELS)
    assert after["blue"] < before["blue"]  # the others are dimmed
    view.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert not view.page.locator("#kg-details").is_visible()


def test_dragging_an_entity_moves_it_and_dragging_the_background_pans(opened):
    view = opened(sample_network())
    view.page.fill("#kg-search", "Peru")  # brings Peru to the middle
    view.settle()
    view.page.evaluate("document.activeElement.blur()")
    view.page.keyboard.press("Escape")
    box = view.page.locator("#kg-canvas").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    mouse = view.page.mouse
    mouse.move(x, y)
    mouse.down()
    mouse.move(x + 150, y + 90, steps=8)
    mouse.up()
    assert not view.page.locator("#kg-details").is_visible()  # a drag is no click
    mouse.move(x + 150, y + 90)
    assert "Peru" in view.text("#kg-tooltip")  # the entity went with the pointer
    mouse.move(x, y)
    assert not view.page.locator("#kg-tooltip").is_visible()
    mouse.move(box["x"] + 20, box["y"] + box["height"] - 20)  # an empty corner: dragging there pans everything
    mouse.down()
    mouse.move(box["x"] + 80, box["y"] + box["height"] - 60, steps=5)
    mouse.up()
    mouse.move(x + 210, y + 50)
    assert "Peru" in view.text("#kg-tooltip")
    assert view.errors == []


CANVAS_HASH = """() => {
  const canvas = document.getElementById("kg-canvas");
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let hash = 2166136261;
  for (let i = 0; i < pixels.length; i++) hash = Math.imul(hash ^ pixels[i], 16777619) >>> 0;
  return hash;
}"""


def test_zoom_buttons_and_wheel_change_the_drawing(opened):
    view = opened(sample_network())
    first = view.page.evaluate(CANVAS_HASH)
    view.page.click("#kg-zoom-in")
    view.settle()
    assert view.page.evaluate(CANVAS_HASH) != first
    view.page.click("#kg-fit")
    view.settle()
    assert view.page.evaluate(CANVAS_HASH) == first  # back to the drawing fitted to the window
    box = view.page.locator("#kg-canvas").bounding_box()
    view.page.mouse.move(box["x"] + 5, box["y"] + box["height"] / 2)
    view.page.mouse.wheel(0, 400)
    view.page.wait_for_timeout(100)
    assert view.page.evaluate(CANVAS_HASH) != first
    view.page.keyboard.press("0")
    view.settle()
    assert view.page.evaluate(CANVAS_HASH) == first
    assert view.errors == []


EDGE_PIXELS = """() => {
  const canvas = document.getElementById("kg-canvas");
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  const band = 2 * (window.devicePixelRatio || 1);
  let touched = 0, painted = 0;
  for (let y = 0; y < canvas.height; y++) {
    for (let x = 0; x < canvas.width; x++) {
      if (pixels[(y * canvas.width + x) * 4 + 3] === 0) continue;
      painted += 1;
      if (x < band || y < band || x >= canvas.width - band || y >= canvas.height - band) touched += 1;
    }
  }
  return {touched, painted};
}"""


def long_labels() -> nx.MultiDiGraph:
    """Three stars whose leaves have long names, the longest at the far right and left of the drawing."""
    network = nx.MultiDiGraph()
    for star in range(3):
        hub = f"country/H{star}"
        network.add_node(R + hub, type="Country", label=f"Hub country {star}")
        for leaf in range(7):
            node = f"organization/o{star}-{leaf}"
            network.add_node(R + node, type="Organization",
                             label=f"The Economic Community of States number {star}.{leaf}")
            add_edge(network, node, hub, f"event/{star}-{leaf}", "mediates")
    return network


@pytest.mark.parametrize("make", [sample_network, long_labels])
def test_the_drawing_fits_the_window_on_open(opened, make):
    """Nothing drawn on the canvas, no node, edge or label, touches its border: no label is cut at an edge."""
    view = opened(make())
    view.settle()
    pixels = view.page.evaluate(EDGE_PIXELS)
    assert pixels["painted"] > 1000 and pixels["touched"] == 0
    assert view.errors == []


def test_the_budget_notice_and_an_empty_network_show_in_the_page(opened):
    network = sample_network()
    view = opened(network, max_nodes=4)
    assert view.text("#kg-budget") == ("Showing 4 of 8 entities with an edge and 7 of 11 edges; "
                                       "the least connected were left out.")
    assert view.text("#kg-count") == "4 entities, 7 edges shown"  # the same numbers
    empty = opened(nx.MultiDiGraph())
    assert empty.text("#kg-empty") == "Nothing to show: the network has no entities."
    assert empty.text("#kg-count") == "0 entities, 0 edges shown"
    assert view.errors == [] and empty.errors == [] and empty.outside_requests() == []
