//! Page furniture scraped along with the article: breadcrumbs and menus
//! ("Home > News > Asia", "1. Site Top / 2. About Us"), and boilerplate
//! lines ("Advertisement", "Share this article", "© 2023 ...").

use super::text::{is_headline, words};
use regex::Regex;
use std::sync::LazyLock;

/// Whole lines that are never article text.
static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            advertisements?|sponsored(?:\ content)?|ad
          | share(?:\ (?:this|the))?(?:\ (?:article|story|page|post))?(?:\ (?:on|via)\ \w+)?
          | tweet|print(?:\ this\ (?:article|page|story))?|e-?mail(?:\ this\ (?:article|story))?
          | (?:read|see)\ (?:more|also|next)|also\ read|related(?:\ (?:articles?|stories|news|posts|content|coverage|topics))?
          | (?:\d+\ )?comments?|leave\ a\ (?:comment|reply)|back\ to\ top
          | click\ here\b.*|follow\ us\ (?:on|at)\b.*|sign\ up\ (?:for|to)\b.*|subscribe\ (?:to|for|now)\b.*
          | download\ (?:the|our)\b.*\bapp\b.*
          | (?:copyright\ *)?(?:©|\(c\)\ *\d{4}).*|copyright\ +\d{4}.*|all\ rights\ reserved\.?
          | (?:tags?|topics?|keywords?|filed\ under)\ *:.*
          | (?:read\ more|related|see\ also|also\ read|read\ also)\ *:.*
        )\s*:?$",
    )
    .expect("boilerplate pattern compiles")
});

/// Whole lines that are menu entries.
static MENU: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            home(?:\ ?page)?|menu|main\ menu|search|skip\ to\ (?:main\ )?(?:content|navigation)
          | toggle\ navigation|navigation|sign\ in|log\ ?in|log\ out|register|newsletters?
          | next\ (?:article|story|post)|previous\ (?:article|story|post)|more\ news|top\ stories
          | you\ are\ here:?.*
        )\s*:?$",
    )
    .expect("menu pattern compiles")
});

/// Entries that open a breadcrumb trail or a site menu.
pub fn is_home_like(s: &str) -> bool {
    let s = s.trim().to_lowercase();
    matches!(
        s.as_str(),
        "home"
            | "homepage"
            | "home page"
            | "top"
            | "site top"
            | "top page"
            | "main"
            | "main page"
            | "index"
            | "front page"
            | "start"
            | "news"
            | "you are here"
    )
}

pub fn is_boilerplate(line: &str) -> bool {
    line.len() <= 200 && BOILERPLATE.is_match(line)
}

pub fn is_menu_entry(line: &str) -> bool {
    line.len() <= 120 && MENU.is_match(line)
}

/// "Home > News > Asia", "News | World | Asia", "Home » Politics".
pub fn is_breadcrumb(line: &str) -> bool {
    if line.len() > 200 || line.ends_with(['.', '?', '!']) {
        return false;
    }
    let line = line
        .strip_prefix("You are here:")
        .or_else(|| line.strip_prefix("You are here"))
        .unwrap_or(line);
    let parts: Vec<&str> = line
        .split(['>', '»', '›', '|', '/', '·', '•', '\\'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return false;
    }
    let entry = |p: &&str| {
        let n = words(p).count();
        (1..=5).contains(&n)
            && p.chars().any(char::is_alphabetic)
            && p.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    };
    parts.iter().all(entry) && (parts.len() >= 3 || is_home_like(parts[0]))
}

/// A navigation list at the top of a page: consecutive numbered or
/// bulleted lines of short titles, opening with "Home"/"Site Top" or
/// mostly title-cased. `items` are the lines' texts after their markers.
pub fn is_nav_list(items: &[&str]) -> bool {
    if items.len() < 2 {
        return false;
    }
    let short = items.iter().all(|t| {
        let n = words(t).count();
        (1..=9).contains(&n) && !t.ends_with(['.', '?', '!', ':', ';', ','])
    });
    let titled = items.iter().filter(|t| is_headline(t)).count();
    short && (is_home_like(items[0]) || titled * 10 >= items.len() * 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_lines() {
        for s in [
            "Advertisement",
            "Share this article",
            "Share on Facebook",
            "Read more: Cambodia and Japan sign deal",
            "© 2023 Khmer Times. All rights reserved.",
            "Tags: ASEAN, Japan",
            "Related Articles",
        ] {
            assert!(is_boilerplate(s), "{s}");
        }
        for s in [
            "Copyright infringement is a crime in Cambodia, the minister said.",
            "Sharing the burden is key.",
            "He read more than 100 reports.",
        ] {
            assert!(!is_boilerplate(s), "{s}");
        }
    }

    #[test]
    fn menus_and_breadcrumbs() {
        assert!(is_menu_entry("Skip to main content"));
        assert!(is_menu_entry("Home"));
        assert!(!is_menu_entry("Home ministry officials met"));
        assert!(is_breadcrumb("Home > News > Asia"));
        assert!(is_breadcrumb("Home » Politics"));
        assert!(is_breadcrumb("News | World | Asia"));
        assert!(!is_breadcrumb("VNA/VNS Photo"));
        assert!(!is_breadcrumb("08/09/2023"));
        assert!(!is_breadcrumb(
            "The talks / negotiations went on for hours."
        ));
    }

    #[test]
    fn navigation_lists() {
        assert!(is_nav_list(&[
            "Site Top",
            "About Us",
            "JETRO Topics",
            "MOC signed between Laotian Government and JETRO"
        ]));
        assert!(!is_nav_list(&[
            "Promoting trade between both countries",
            "Promoting investment between both countries, in particular Japanese investment into Laos",
            "Developing and promoting Lao industry",
        ]));
        assert!(!is_nav_list(&["Home"]));
    }
}
