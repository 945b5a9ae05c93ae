"""The page in headless Chromium (Debian's /usr/bin/chromium): ask, crisis, counselor, sources,
a phone-width screen and the keyboard.

Screenshots go to test-artifacts/; with ALONGSIDE_UPDATE_SCREENSHOTS=1 they also replace the
README's docs/screenshots/. Without Chromium these tests skip, unless ALONGSIDE_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import pytest

from alongside import web
from alongside.settings import REPO_ROOT, load_settings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore:.*no_silent_downcasting"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = REPO_ROOT / "test-artifacts"
DOCS_SHOTS = REPO_ROOT / "docs" / "screenshots"
ANSWER_TIMEOUT = 60_000  # ms
SETTLE_MS = 1200  # the chat scrolls to a finished answer's start within about a second

FAMILY_Q = "My husband stopped his medication because of the side effects. How can I support him?"
PHONE_Q = "My sister is afraid of being labeled with a diagnosis. How can I talk with her?"
EMERGENCY_Q = "My son just told me he is going to kill himself tonight."
COUNSELOR_Q = "I stopped taking my meds. I don't feel like myself on them."


def _require_browser() -> None:
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} is missing (apt-get install chromium)"
    if os.environ.get("ALONGSIDE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"ALONGSIDE_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


def shot(page, name: str) -> Path:
    """Save a full-page screenshot to test-artifacts/ (and docs/screenshots/ when asked)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if os.environ.get("ALONGSIDE_UPDATE_SCREENSHOTS") == "1":
        DOCS_SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOCS_SHOTS / f"{name}.png")
    return path


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    _require_browser()
    settings = load_settings(data_dir=tmp_path_factory.getbasetemp() / "web-index", model=None,
                             chroma_url=None, auth=None, region="US", _env_file=None)
    startup = web.start(settings, progress=False)
    assert startup.error is None, startup.error
    app = web.load_app_module()
    demo = app.build_app(startup)
    port = web.free_port()
    app.launch(demo, settings, port=port, prevent_thread_lock=True, quiet=True)
    yield f"http://127.0.0.1:{port}/"
    demo.close()


@pytest.fixture(scope="module")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, url):
    context = browser.new_context(viewport={"width": 1200, "height": 1100})
    pg = context.new_page()
    pg.goto(url)
    pg.get_by_label("Your question", exact=True).wait_for()
    yield pg
    context.close()


def ask(page, question: str) -> None:
    box = page.get_by_label("Your question", exact=True)
    box.fill(question)
    box.press("Enter")


def wait_for_answer(page, count: int = 1):
    """The count-th answer, once its sources are in and the chat has scrolled to its start."""
    page.locator("#ask-chat .al-sources").nth(count - 1).wait_for(timeout=ANSWER_TIMEOUT)
    page.wait_for_timeout(SETTLE_MS)
    return page.locator("#ask-chat .message-row.bot-row").nth(count - 1)


def answer_start_in_view(page) -> bool:
    """The latest answer's first line is inside the chat's visible area."""
    return page.evaluate("""() => {
        const rows = document.querySelectorAll('#ask-chat .message-row.bot-row');
        const last = rows[rows.length - 1].getBoundingClientRect();
        const scroller = rows[rows.length - 1].closest('.bubble-wrap, .panel-wrap');
        const wrap = scroller.getBoundingClientRect();
        return last.top >= wrap.top - 1 && last.top < wrap.bottom - 40; }""")


def test_ask_shows_the_answer_and_its_sources(page):
    # Every input is labelled; the footer is always there.
    footer = page.locator("#footer-line")
    assert "not a substitute for professional care" in footer.inner_text()
    assert "988" in footer.inner_text()
    assert "quote the guidance" in page.locator("#answerer-status").inner_text()
    ask(page, FAMILY_Q)
    answer = wait_for_answer(page)
    text = answer.inner_text()
    assert answer_start_in_view(page)  # read from its start, not from its last source
    assert "side effects" in text.lower()
    assert "sources" in text.lower() and "Searched for:" in text
    # Passages are folded away until opened.
    first = answer.locator("details.al-source").first
    passage = first.locator(".al-passage")
    assert not passage.is_visible()
    first.locator("summary").click()
    assert passage.is_visible() and len(passage.inner_text()) > 80
    assert not page.locator("#ask-card .al-card-wrap").count()  # no crisis, no card
    shot(page, "ask")


def test_crisis_card_comes_first_and_stays(page):
    ask(page, EMERGENCY_Q)
    card = page.locator("#ask-card [role=alert]")
    card.wait_for(timeout=ANSWER_TIMEOUT)
    for href in ("tel:988", "sms:988", "sms:741741"):
        assert card.locator(f'a[href^="{href}"]').count() >= 1, href
    assert "911" in card.inner_text()
    # The card sits above the conversation, not inside it, and no answer was written.
    above = page.evaluate("""() => {
        const card = document.querySelector('#ask-card [role=alert]').getBoundingClientRect();
        const chat = document.querySelector('#ask-chat').getBoundingClientRect();
        return card.bottom <= chat.top + 1; }""")
    assert above
    assert page.locator("#ask-chat .message-row.bot-row").count() == 0
    # A calmer follow-up is answered, and the card stays.
    ask(page, "What should I say to him about getting treatment?")
    wait_for_answer(page)
    assert page.locator("#ask-card [role=alert]").is_visible()
    page.evaluate("window.scrollTo(0, 0)")
    shot(page, "crisis")
    # Starting over clears it.
    page.locator("#ask-clear").click()
    page.locator("#ask-card [role=alert]").wait_for(state="detached", timeout=10_000)
    assert page.locator("#ask-chat .message-row").count() == 0


def test_an_example_question_is_asked_with_one_click(page):
    page.locator("#ask-examples button").nth(2).click()
    answer = wait_for_answer(page)
    assert "Searched for:" in answer.inner_text()


def test_counselor_tab_drafts_responses(page):
    page.get_by_role("tab", name="Counselor").click()
    page.get_by_label("What your client said", exact=True).fill(COUNSELOR_Q)
    page.get_by_label("Context (optional)").fill("Second session; the GP prescribed it in spring.")
    page.locator("#counselor-submit").click()
    simple = page.get_by_label("Simple reflection", exact=True)
    page.wait_for_function(
        "document.querySelector('#draft-open-question textarea').value.length > 0",
        timeout=ANSWER_TIMEOUT)
    for label in ("Simple reflection", "Complex reflection", "Double-sided reflection",
                  "Open question"):
        assert page.get_by_label(label, exact=True).input_value().strip(), label
    assert simple.input_value().strip()
    assert page.locator("#draft-open-question button[aria-label*='opy']").count() >= 1
    strategies = page.locator("#counselor-strategies")
    assert strategies.locator(".al-strategies li").count() >= 1
    assert strategies.locator("details.al-source").count() >= 1
    shot(page, "counselor")


def test_sources_tab_lists_the_guidance_and_the_crisis_lines(page):
    page.get_by_role("tab", name="Sources").click()
    docs = page.locator("#sources-docs details.al-doc")
    docs.first.wait_for()
    assert docs.count() >= 2
    docs.first.locator("summary").click()
    text = docs.first.inner_text()
    assert "Reviewed" in text and "Sections" in text
    resources = page.locator("#sources-resources").inner_text()
    assert "988" in resources and "741741" in resources
    shot(page, "sources")


def test_phone_width(browser, url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                  is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(url)
        ask(page, PHONE_Q)
        answer = wait_for_answer(page)
        assert "diagnosis" in answer.inner_text().lower()
        # Nothing runs off the side of a phone screen.
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390 + 1, width
        box = page.get_by_label("Your question", exact=True).bounding_box()
        assert box["width"] > 250
        shot(page, "phone")
    finally:
        context.close()


IN_QUESTION_BOX = "!!(document.activeElement && document.activeElement.closest('#ask-input'))"


def test_keyboard_only(page):
    # Tab reaches the question box from the top of the page, and Enter asks.
    page.locator("body").click(position={"x": 5, "y": 5})
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate(IN_QUESTION_BOX):
            break
    else:
        pytest.fail("the question box is not reachable with Tab")
    page.keyboard.type("My sister is afraid of being labeled with a diagnosis.")
    page.keyboard.press("Enter")
    wait_for_answer(page)
