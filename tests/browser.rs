//! Browser tests (wasm-bindgen-test in headless Chromium): mount the widget into a real DOM,
//! click and type like a reader, and read what a reader would see.
#![cfg(target_arch = "wasm32")]

use kllm_widget::components::App;
use kllm_widget::data::dataset;
use kllm_widget::state::CARD_LIMIT;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, InputEvent, InputEventInit};

mod support;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh host element with the widget rendered into it.
async fn mount() -> Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    yew::Renderer::<App>::with_root(host.clone()).render();
    yew::scheduler::flush().await;
    host
}

/// The first button whose text starts with `text`.
fn button(host: &Element, text: &str) -> HtmlElement {
    support::button_in(host.query_selector_all("button").unwrap(), text)
}

/// The models in the view: list items not filtered out, whether their card is written yet
/// (the list writes the first ones, and the rest when the reader lists them all).
fn in_view(host: &Element) -> usize {
    host.query_selector_all("li.kllm-cards__item:not([hidden])")
        .unwrap()
        .length() as usize
}

/// Opens the filter panel (its chips, sort and reset are written when it opens).
async fn open_filters(host: &Element) {
    let toggle = host
        .query_selector(".kllm-toolbar__filter")
        .unwrap()
        .expect("the filter button");
    if toggle.get_attribute("aria-expanded").as_deref() != Some("true") {
        toggle.dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
    }
}

/// The titles of the cards shown (not filtered out, not past the list's limit).
fn card_titles(host: &Element) -> Vec<String> {
    let list = host
        .query_selector_all("li:not([hidden]) .kllm-card__title")
        .unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.text_content())
        .collect()
}

fn status(host: &Element) -> String {
    host.query_selector("p.kllm-results")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

/// Types into the search box the way an Android IME does: `input` events with
/// `isComposing: true` and no `compositionend`.
async fn type_composing(host: &Element, text: &str) {
    let input: HtmlInputElement = host
        .query_selector("input[type=search]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    init.set_is_composing(true);
    init.set_data(Some(text));
    let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn shows_every_korean_model_then_adds_references_on_click() {
    let host = mount().await;
    let korean = dataset().models.iter().filter(|m| !m.reference).count();
    let all = dataset().models.len();
    assert_eq!(in_view(&host), korean);
    assert_eq!(card_titles(&host).len(), CARD_LIMIT);

    open_filters(&host).await;
    let chip = button(&host, "글로벌 비교 모델 함께 보기");
    assert_eq!(chip.get_attribute("aria-pressed").as_deref(), Some("false"));
    chip.click();
    yew::scheduler::flush().await;
    assert_eq!(chip.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(in_view(&host), all);
    assert_eq!(status(&host), format!("모델 {all}개 중 {all}개"));
    // "Show all" lists every card in place, each written when it is first listed.
    host.query_selector("a.kllm-cards__more")
        .unwrap()
        .expect("show all")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    assert_eq!(card_titles(&host).len(), all);
}

#[wasm_bindgen_test]
async fn a_chip_shows_as_many_cards_as_its_count_says() {
    let host = mount().await;
    open_filters(&host).await;
    let chip = button(&host, "가중치 공개");
    let label = chip.text_content().unwrap();
    let count: usize = label
        .rsplit('(')
        .next()
        .unwrap()
        .trim_end_matches(')')
        .parse()
        .unwrap();
    chip.click();
    yew::scheduler::flush().await;
    assert_eq!(in_view(&host), count, "chip {label}");
    assert_eq!(
        card_titles(&host).len(),
        count.min(CARD_LIMIT),
        "chip {label}"
    );
    assert!(status(&host).ends_with(&format!(" {count}개")));
}

#[wasm_bindgen_test]
async fn searching_while_composing_filters_on_every_input_event() {
    let host = mount().await;
    type_composing(&host, "엑사원").await;
    let titles = card_titles(&host);
    assert!(!titles.is_empty());
    assert!(titles.iter().all(|t| t.contains("엑사원")), "{titles:?}");
}

#[wasm_bindgen_test]
async fn an_empty_result_offers_the_reset() {
    let host = mount().await;
    type_composing(&host, "zzzz-no-such-model").await;
    assert!(card_titles(&host).is_empty());
    let reset = host
        .query_selector(".kllm-empty button")
        .unwrap()
        .expect("reset in the empty state");
    reset.dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert!(!card_titles(&host).is_empty());
}

#[wasm_bindgen_test]
async fn pinning_fills_the_tray_and_stops_at_six() {
    let host = mount().await;
    // Seven cards: the first six and, once every card is listed, the seventh.
    host.query_selector("a.kllm-cards__more")
        .unwrap()
        .expect("show all")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    let pins = host.query_selector_all(".kllm-pin").unwrap();
    assert!(pins.length() >= 7);
    for i in 0..7 {
        pins.item(i)
            .unwrap()
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        yew::scheduler::flush().await;
    }
    let tray = host.query_selector(".kllm-tray").unwrap().expect("tray");
    assert_eq!(tray.query_selector_all("li").unwrap().length(), 6);
    let seventh: Element = pins.item(6).unwrap().dyn_into().unwrap();
    assert_eq!(
        seventh.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(seventh.has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn switching_language_relabels_everything() {
    let host = mount().await;
    button(&host, "English").click();
    yew::scheduler::flush().await;
    let root = host.query_selector(".kllm").unwrap().unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    let korean = dataset().models.iter().filter(|m| !m.reference).count();
    assert_eq!(status(&host), format!("{korean} of {korean} models"));
    let first = &card_titles(&host)[0];
    assert!(
        dataset().models.iter().any(|m| m.name.en == first.as_str()),
        "{first}"
    );
}

/// Mounts the widget as the `index.html` page does: the view lives in the URL fragment.
async fn mount_page_mode() -> Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let options = kllm_widget::options::Options {
        sync_url: true,
        ..Default::default()
    };
    yew::Renderer::<App>::with_root_and_props(
        host.clone(),
        kllm_widget::components::AppProps {
            options,
            hydrate: false,
        },
    )
    .render();
    yew::scheduler::flush().await;
    host
}

fn set_hash(fragment: &str) {
    let window = gloo::utils::window();
    let url = format!(
        "{}{}#{fragment}",
        window.location().pathname().unwrap(),
        window.location().search().unwrap()
    );
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_share_link_restores_the_view_and_changes_write_it_back() {
    // 엑사원, in English, pinned: the link a reader would send.
    set_hash("v=1&q=%EC%97%91%EC%82%AC%EC%9B%90&lang=en&pin=exaone-3-5");
    let host = mount_page_mode().await;
    yew::scheduler::flush().await;
    let titles = card_titles(&host);
    assert!(
        !titles.is_empty() && titles.iter().all(|t| t.contains("EXAONE")),
        "{titles:?}"
    );
    assert_eq!(
        host.query_selector(".kllm")
            .unwrap()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    assert_eq!(
        host.query_selector_all(".kllm-tray li").unwrap().length(),
        1
    );

    open_filters(&host).await;
    button(&host, "Reset filters").click();
    yew::scheduler::flush().await;
    // The fragment follows once the view has been still for WRITE_DELAY_MS.
    support::sleep(kllm_widget::components::WRITE_DELAY_MS as i32 + 50).await;
    let hash = gloo::utils::window().location().hash().unwrap();
    assert!(!hash.contains("q="), "search left the link: {hash}");
    assert!(
        hash.contains("pin=exaone-3-5") && hash.contains("lang=en"),
        "{hash}"
    );
    set_hash("");
}

#[wasm_bindgen_test]
async fn a_garbled_link_falls_back_to_defaults() {
    set_hash("v=1&kind=%E0%A4%A&sort=sideways&pin=nope");
    let host = mount_page_mode().await;
    yew::scheduler::flush().await;
    let korean = dataset().models.iter().filter(|m| !m.reference).count();
    assert_eq!(in_view(&host), korean);
    assert_eq!(card_titles(&host).len(), CARD_LIMIT);
    set_hash("");
}

#[wasm_bindgen_test]
async fn initial_consonants_find_hyperclova() {
    let host = mount().await;
    type_composing(&host, "ㅎㅇㅍ").await;
    let titles = card_titles(&host);
    assert!(
        !titles.is_empty() && titles.iter().all(|t| t.contains("하이퍼클로바")),
        "{titles:?}"
    );
    type_composing(&host, "ㅎ이퍼").await;
    assert_eq!(card_titles(&host), titles, "mixed consonant and syllables");
}
