//! One Tab stop per composite control (ARIA Authoring Practices: roving `tabindex`): the
//! items of a chip group, a chart switch or the chart's marks take one stop together; arrow
//! keys move between them, Home and End jump to the ends. The control handles `keydown`; the
//! item that has focus becomes the control's Tab stop. The control is found from the key's
//! target (`closest`), not from the event's current target: Yew delegates events to the
//! widget's root, so that is the root, not the control.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// Where a key moves focus within a control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Next,
    Prev,
    First,
    Last,
}

impl Move {
    /// The move a key asks for (both arrow axes: rows of chips wrap, marks run down).
    pub fn of_key(key: &str) -> Option<Move> {
        match key {
            "ArrowRight" | "ArrowDown" => Some(Move::Next),
            "ArrowLeft" | "ArrowUp" => Some(Move::Prev),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        }
    }

    /// The index to move to from `at` among `n` items; arrows wrap around.
    pub fn from(self, at: usize, n: usize) -> usize {
        match (self, n) {
            (_, 0) => 0,
            (Move::Next, _) => (at + 1) % n,
            (Move::Prev, _) => (at + n - 1) % n,
            (Move::First, _) => 0,
            (Move::Last, _) => n - 1,
        }
    }
}

/// The `tabindex` of item `i` when `stop` is the control's Tab stop.
pub fn tabindex(i: usize, stop: usize) -> &'static str {
    if i == stop {
        "0"
    } else {
        "-1"
    }
}

/// Makes `item` the only Tab stop among `items`.
fn set_stop(items: &[Element], item: &Element) {
    for el in items {
        let _ = el.set_attribute("tabindex", if el == item { "0" } else { "-1" });
    }
}

/// The items (matching `items`) of the control (the closest `control`) around `target`.
fn items_of(target: &Element, control: &str, items: &str) -> Vec<Element> {
    let Some(container) = target.closest(control).ok().flatten() else {
        return Vec::new();
    };
    let Ok(list) = container.query_selector_all(items) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Handles an arrow, Home or End key in a control (the closest element matching `control`)
/// whose items match `items`: moves focus to the item the key asks for, makes it the Tab
/// stop, and returns its index. Other keys pass through (`None`).
pub fn on_key(e: &KeyboardEvent, control: &str, items: &str) -> Option<usize> {
    go(e, control, items, true)
}

/// Like [`on_key`], but leaves the Tab stop to the control: for items whose state has a
/// writer of its own (the chart's marks, whose state follows the selection that focusing
/// makes).
pub fn move_focus(e: &KeyboardEvent, control: &str, items: &str) -> Option<usize> {
    go(e, control, items, false)
}

fn go(e: &KeyboardEvent, control: &str, items: &str, stop: bool) -> Option<usize> {
    let step = Move::of_key(&e.key())?;
    let target: Element = e.target()?.dyn_into().ok()?;
    let items = items_of(&target, control, items);
    let at = items
        .iter()
        .position(|el| el == &target || el.contains(Some(&target)))?;
    let to = step.from(at, items.len());
    e.prevent_default();
    let item = &items[to];
    if stop {
        set_stop(&items, item);
    }
    if let Some(el) = item.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    } else if let Some(el) = item.dyn_ref::<web_sys::SvgElement>() {
        let _ = el.focus();
    }
    Some(to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_wrap_and_home_end_jump() {
        assert_eq!(Move::of_key("ArrowDown").unwrap().from(2, 3), 0);
        assert_eq!(Move::of_key("ArrowLeft").unwrap().from(0, 3), 2);
        assert_eq!(Move::of_key("Home").unwrap().from(2, 3), 0);
        assert_eq!(Move::of_key("End").unwrap().from(0, 3), 2);
        assert_eq!(Move::of_key("Tab"), None);
        assert_eq!(Move::Next.from(0, 0), 0);
        assert_eq!(tabindex(1, 1), "0");
        assert_eq!(tabindex(0, 1), "-1");
    }
}
