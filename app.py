"""Alongside's web page. `python app.py` (or `alongside serve`) serves it on 127.0.0.1:7860.

The layout and its wiring live here; the handlers are plain functions in alongside/web.py.
"""

from __future__ import annotations

import os
import sys

# No telemetry: Gradio reads this when it is imported.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr

from alongside import web
from alongside.settings import Settings

CSS = """
.gradio-container { max-width: 940px !important; margin: 0 auto !important; }
#al-header h1 { font-size: 1.7rem; margin: .2rem 0 .1rem; letter-spacing: -.01em; }
#al-header p { margin: 0; color: var(--body-text-color-subdued); font-size: 1rem;
  line-height: 1.5; }
.al-status { font-size: .9rem; line-height: 1.45; padding: .55rem .8rem; border-radius: 10px;
  background: var(--background-fill-secondary); border: 1px solid var(--border-color-primary); }
.al-problem { padding: .9rem 1.1rem; border-radius: 10px; border: 2px solid #b45309;
  background: #fffbeb; color: #451a03; line-height: 1.5; }
.al-problem strong { display: block; margin-bottom: .25rem; }
.al-problem code { background: #fef3c7; padding: 0 .25rem; border-radius: 4px; }

/* The crisis card: never just another chat bubble. Hidden while there is none. */
#ask-card:not(:has(.al-card-wrap)), #counselor-card:not(:has(.al-card-wrap)) {
  display: none !important; }
.al-card-wrap { margin: .25rem 0 .5rem; scroll-margin-top: 1rem; }
.al-card-wrap a[href^="tel:"], .al-card-wrap a[href^="sms:"] { font-weight: 700; }

/* Answers and their sources */
#ask-chat .placeholder-content { display: flex; align-items: center; justify-content: center;
  height: 100%; padding: 1.5rem; }
#ask-chat .placeholder { max-width: 34rem; text-align: center; line-height: 1.55;
  color: var(--body-text-color-subdued); }
#ask-chat .placeholder h3 { color: var(--body-text-color); margin-bottom: .4rem; }
#ask-chat .message-row .message { line-height: 1.55; }
.al-sources { margin-top: .6rem; padding-top: .5rem; font-size: .92rem;
  border-top: 1px solid var(--border-color-primary); }
.al-sources-head { font-weight: 600; margin: 0 0 .2rem !important; font-size: .85rem;
  text-transform: uppercase; letter-spacing: .04em; color: var(--body-text-color-subdued); }
details.al-source { margin: .15rem 0; }
details.al-source > summary, details.al-doc > summary { cursor: pointer; padding: .3rem .1rem;
  line-height: 1.4; border-radius: 6px; }
details.al-source > summary:focus-visible, details.al-doc > summary:focus-visible {
  outline: 2px solid var(--color-accent); outline-offset: 2px; }
.al-n { font-weight: 700; margin-right: .2rem; color: var(--color-accent); }
.al-where { font-weight: 600; }
.al-doc-line { display: block; margin-left: 1.1rem; font-size: .85rem;
  color: var(--body-text-color-subdued); }
.al-doc > summary .al-title { font-weight: 600; font-size: 1.02rem; }
.al-doc > summary .al-pub { display: block; margin-left: 1.1rem; font-size: .88rem;
  color: var(--body-text-color-subdued); }
.al-passage { margin: .3rem 0 .6rem .4rem; padding: .6rem .8rem; line-height: 1.55;
  border-left: 3px solid var(--color-accent-soft, #99f6e4); border-radius: 0 8px 8px 0;
  background: var(--background-fill-secondary); max-height: 22rem; overflow-y: auto; }
.al-searched { margin: .4rem 0 0 !important; font-size: .82rem;
  color: var(--body-text-color-subdued); }
.al-meta { list-style: none; padding: 0 !important; margin: .5rem 0 0 !important;
  font-size: .85rem; }
.al-meta li { margin: .15rem 0; }
.al-notice { padding: .35rem .6rem; border-left: 3px solid #d97706; border-radius: 0 6px 6px 0;
  background: #fffbeb; color: #451a03; }
.al-who { color: var(--body-text-color-subdued); }
#ask-hint p, #counselor-hint p { margin: .25rem 0; color: var(--body-text-color-subdued); }

/* Counselor */
#counselor-strategies .al-strategies { list-style: none; padding: 0 !important;
  margin: 0 0 .5rem; }
#counselor-strategies .al-strategies li { padding: .7rem .95rem; margin: .5rem 0;
  line-height: 1.55; border: 1px solid var(--border-color-primary); border-radius: 10px;
  background: var(--background-fill-primary); }
.al-strategy-name { font-weight: 600; margin-bottom: .2rem; }
.al-quote { margin: .35rem 0 0 !important; padding: .45rem .8rem; border-radius: 0 8px 8px 0;
  border-left: 3px solid var(--color-accent); background: var(--background-fill-secondary); }

/* Sources tab */
.al-docs details.al-doc { border: 1px solid var(--border-color-primary); border-radius: 10px;
  padding: .5rem .9rem; margin: .5rem 0; background: var(--background-fill-primary); }
.al-facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem;
  margin: .5rem 0; font-size: .92rem; }
.al-facts dt { color: var(--body-text-color-subdued); }
.al-facts dd { margin: 0; }
.al-sections-head { font-weight: 600; margin: .6rem 0 .2rem !important; font-size: .92rem; }
.al-sections { margin: 0 0 .4rem; padding-left: 1.2rem; font-size: .92rem; line-height: 1.5; }
.al-sections li { list-style: disc; }
.al-sections .al-depth-2 { margin-left: 1rem; list-style: circle; }
.al-sections .al-depth-3 { margin-left: 2rem; list-style: square; }
.al-resources > p { margin: 0 0 .4rem; color: var(--body-text-color-subdued); }
.al-resource-list { list-style: none; padding: 0 !important; margin: 0; }
.al-resource { border: 1px solid var(--border-color-primary); border-radius: 10px;
  padding: .7rem .95rem; margin: .5rem 0; line-height: 1.5; }
.al-resource.al-role-emergency { border-left: 5px solid #b00020; }
.al-resource.al-role-crisis { border-left: 5px solid #b45309; }
.al-resource .al-title { font-weight: 600; }
.al-tag { display: inline-block; font-size: .78rem; padding: .05rem .5rem; margin-left: .3rem;
  border-radius: 999px; background: var(--background-fill-secondary);
  border: 1px solid var(--border-color-primary); color: var(--body-text-color-subdued); }
.al-reach-row { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0; }
a.al-reach { display: inline-block; padding: .35rem .9rem; border-radius: 999px;
  font-weight: 600; border: 2px solid var(--color-accent); text-decoration: none; }
a.al-reach:focus-visible { outline: 3px solid var(--color-accent); outline-offset: 2px; }

#footer-line { text-align: center; font-size: .92rem; padding: .8rem .5rem 1rem;
  margin-top: .5rem; color: var(--body-text-color);
  border-top: 1px solid var(--border-color-primary); }

#ask-chat .panel-wrap .message-row:first-child { padding-top: var(--spacing-lg); }

@media (max-width: 600px) {
  .gradio-container { padding: 0 .5rem !important; }
  #ask-chat .message-row.panel { padding: .6rem .4rem; }
  #al-header h1 { font-size: 1.4rem; }
  #ask-row { flex-wrap: wrap; }
  #ask-row > * { min-width: 100% !important; }
}
"""

# Each draft box is named by its label alone; otherwise its copy button, which sits inside the
# label, joins the name a screen reader announces ("Copy Simple reflection").
HEAD = """<script>
new MutationObserver(() => {
  document.querySelectorAll('.al-draft textarea:not([aria-label])').forEach((t) => {
    const label = t.closest('label');
    const info = label && label.querySelector('[data-testid="block-info"]');
    if (info) t.setAttribute('aria-label', info.textContent.trim());
  });
}).observe(document.documentElement, {childList: true, subtree: true});
</script>"""

# A finished answer is read from its start (with the question above it when that fits), not
# from its last source. The chat scrolls itself to the bottom while an answer streams and again
# as it renders, so this waits for it to settle.
SHOW_ANSWER_START = """() => {
  const show = () => {
    const rows = Array.from(document.querySelectorAll('#ask-chat .message-row'));
    const at = rows.map((r) => r.classList.contains('bot-row')).lastIndexOf(true);
    if (at < 0) return;
    const answer = rows[at];
    const wrap = answer.closest('.bubble-wrap, .panel-wrap');
    if (!wrap) return;
    const question = at > 0 ? rows[at - 1] : null;
    const y = (el) => el.getBoundingClientRect().top;
    const target = question && y(answer) - y(question) < wrap.clientHeight / 3 ? question : answer;
    wrap.scrollTop += y(target) - y(wrap) - 8;
  };
  for (const ms of [60, 250, 600]) setTimeout(show, ms);
}"""


def theme() -> gr.themes.Base:
    """Calm colours, system fonts (nothing fetched from a font service)."""
    return gr.themes.Default(
        primary_hue="teal",
        secondary_hue="sky",
        neutral_hue="slate",
        font=("system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"),
        font_mono=("ui-monospace", "Consolas", "monospace"),
    )


def build_app(startup: web.Startup) -> gr.Blocks:
    """The page: Ask (families), Counselor, Sources; a crisis card above everything when needed."""
    settings: Settings = startup.settings
    assistant = startup.assistant
    resources = getattr(assistant, "resources", None) or web.region_resources(settings)

    with gr.Blocks(title="Alongside", analytics_enabled=False) as demo:
        gr.HTML(
            "<header><h1>Alongside</h1><p>Guidance for families and counselors when someone "
            "refuses mental-health treatment, answered from vetted sources you can read.</p>"
            "</header>",
            elem_id="al-header",
        )
        gr.HTML(f'<p class="al-status">{web.answerer_status(settings)}</p>',
                elem_id="answerer-status")
        if startup.error or startup.warning:
            gr.HTML(web.problem_html(startup), elem_id="startup-problem")

        conversation = gr.State(web.new_conversation())  # one per browser session

        with gr.Tabs(elem_id="al-tabs"):
            with gr.Tab("Ask", id="ask", elem_id="tab-ask"):
                card = gr.HTML("", elem_id="ask-card")
                chat = gr.Chatbot(
                    label="Conversation",
                    show_label=False,
                    layout="panel",
                    elem_id="ask-chat",
                    height="64vh",
                    min_height=360,
                    buttons=["copy"],
                    placeholder="### Ask about the person you are worried about\n"
                    "Answers come from vetted guidance, and the passages they quote are under "
                    "each answer. Try one of the questions below the box, or ask your own.",
                    feedback_options=None,
                )
                with gr.Row(elem_id="ask-row", equal_height=True):
                    box = gr.Textbox(
                        label="Your question",
                        placeholder="For example: my son doesn't think he has a problem. "
                        "How do I help him?",
                        lines=1,  # Enter asks; the box grows as the question does
                        max_lines=8,
                        elem_id="ask-input",
                        scale=5,
                        autofocus=True,
                    )
                    send = gr.Button("Ask", variant="primary", elem_id="ask-submit", scale=1,
                                     min_width=100)
                hint = gr.Markdown("", elem_id="ask-hint")
                examples = gr.Dataset(
                    components=[box],
                    samples=[[q] for q in web.EXAMPLES],
                    label="Questions the guidance covers",
                    elem_id="ask-examples",
                )
                clear = gr.Button("Start a new conversation", elem_id="ask-clear", size="sm")

            with gr.Tab("Counselor", id="counselor", elem_id="tab-counselor"):
                c_card = gr.HTML("", elem_id="counselor-card")
                gr.Markdown("Paste what your client said. You get draft responses in "
                            "motivational-interviewing form to edit and use, and the strategies "
                            "from the guidance that fit.")
                statement = gr.Textbox(label="What your client said", lines=3, max_lines=12,
                                       elem_id="counselor-statement",
                                       placeholder="I stopped taking my meds. I don't feel like "
                                       "myself on them.")
                context = gr.Textbox(
                    label="Context (optional)", lines=2, max_lines=6, elem_id="counselor-context",
                    info="A note on the client or the session. It is screened for safety too, "
                    "and helps Alongside read a short statement such as "
                    "\u201cshe won't take them\u201d.",
                )
                with gr.Row():
                    draft = gr.Button("Draft responses", variant="primary",
                                      elem_id="counselor-submit")
                    c_clear = gr.ClearButton([statement, context], value="Clear",
                                             elem_id="counselor-clear")
                c_hint = gr.Markdown("", elem_id="counselor-hint")
                gr.Examples(examples=web.COUNSELOR_EXAMPLES, inputs=[statement, context],
                            label="Try a statement")
                drafts = []
                for pair in (web.DRAFT_KINDS[:2], web.DRAFT_KINDS[2:]):
                    with gr.Row(equal_height=True):
                        for kind in pair:
                            drafts.append(gr.Textbox(
                                label=web.DRAFT_LABELS[kind], lines=3, max_lines=8,
                                buttons=["copy"], interactive=True, elem_classes=["al-draft"],
                                elem_id="draft-" + kind.replace("_", "-"), min_width=260,
                            ))
                gr.Markdown("### Strategies from the guidance")
                strategies = gr.HTML("<p>They appear here, with the passages they quote.</p>",
                                     elem_id="counselor-strategies")

            with gr.Tab("Sources", id="sources", elem_id="tab-sources"):
                gr.Markdown("### The guidance Alongside answers from\nOpen a document to see "
                            "who wrote it, when it was reviewed and what it covers.")
                gr.HTML(web.render_documents(web.documents(settings)), elem_id="sources-docs")
                gr.Markdown(f"### Crisis lines ({settings.region})")
                gr.HTML(web.render_resources(resources), elem_id="sources-resources")

        gr.HTML(f"<p>{web.footer_text(resources)}</p>", elem_id="footer-line")

        # ---- wiring
        def ask(message: str, conv: dict):
            yield from web.ask(assistant, message, conv)

        def counsel(statement: str, context: str):
            return web.counsel(assistant, statement, context)

        ask_out = [card, chat, conversation, box, hint]
        gr.on([box.submit, send.click], ask, [box, conversation], ask_out, api_name="ask",
              show_progress="minimal").then(None, js=SHOW_ANSWER_START)
        clear.click(web.clear, None, ask_out, api_name="clear")
        examples.click(lambda sample: sample[0], examples, box, api_visibility="private").then(
            ask, [box, conversation], ask_out, api_visibility="private", show_progress="minimal"
        ).then(None, js=SHOW_ANSWER_START)
        # Bring the card into view the moment it appears (the input may be far below it).
        card.change(None, js="() => { const c = document.querySelector('#ask-card .al-card-wrap');"
                    " if (c) c.scrollIntoView({behavior: 'smooth', block: 'start'}); }")

        c_out = [c_card, *drafts, strategies, c_hint]
        gr.on([draft.click, statement.submit], counsel, [statement, context], c_out,
              api_name="counsel")
        c_clear.click(lambda: ("", "", "", "", "", "", ""), None, c_out, api_visibility="private")
    return demo


def launch(demo: gr.Blocks, settings: Settings, *, port: int | None = None,
           prevent_thread_lock: bool = False, quiet: bool = False):
    """Serve on the configured host and port, queued so that many people can ask at once."""
    demo.queue(default_concurrency_limit=web.CONCURRENCY)
    auth = settings.auth_pairs() or None
    return demo.launch(
        server_name=settings.host,
        server_port=port if port is not None else settings.port,
        auth=auth,
        auth_message="Alongside: please sign in." if auth else None,
        prevent_thread_lock=prevent_thread_lock,
        show_error=False,
        quiet=quiet,
        footer_links=[],
        theme=theme(),
        css=CSS,
        head=HEAD,
    )


def main() -> int:
    from alongside.cli import _setup_logging
    from alongside.errors import AlongsideError
    from alongside.settings import load_settings

    _setup_logging(verbose=False)
    try:
        return web.serve(load_settings(), app=sys.modules[__name__])
    except AlongsideError as exc:
        print(f"alongside: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
