//! One small sort for the widget's short lists. Pure leaf.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, stably (an insertion sort). The lists sorted in the widget hold a
/// few dozen items (cards, a comparison's points); this is a few hundred bytes of wasm where
/// each standard `sort_by` instantiation is about 3 KB (measured: ~15 KB for five sorts).
pub fn sort_small<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && cmp(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_is_stable() {
        let mut v = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_small(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        sort_small(&mut [] as &mut [u8], u8::cmp);
    }
}
