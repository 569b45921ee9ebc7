//! A small element tree of one XML part (a document part is at most a few MB): names are local
//! (the prefix dropped: `w:p` → `p`), attributes likewise, text kept as written (entities
//! resolved). The readers walk it; nothing else is kept.

use quick_xml::events::Event;

#[derive(Debug, Clone, Default)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

#[derive(Debug, Clone)]
pub enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    /// The value of attribute `name` (local name).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// The first child element named `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    /// `w:val` of child `name` (`<w:numFmt w:val="decimal"/>` → "decimal").
    pub fn child_val(&self, name: &str) -> Option<&str> {
        self.child(name).and_then(|c| c.attr("val"))
    }

    /// The text directly inside (of its text nodes).
    pub fn text(&self) -> String {
        let mut s = String::new();
        for n in &self.children {
            if let Node::Text(t) = n {
                s.push_str(t);
            }
        }
        s
    }

    /// Every descendant element named `name`, in document order (not below a match).
    pub fn find_all<'a>(&'a self, name: &str, out: &mut Vec<&'a Element>) {
        for e in self.elements() {
            if e.name == name {
                out.push(e);
            } else {
                e.find_all(name, out);
            }
        }
    }
}

fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

/// Deepest nesting taken: a document nests a few dozen levels; a deeper one is broken or hostile.
const MAX_DEPTH: usize = 256;

/// Parse a part into its root element, or `None` when it is not well-formed XML.
pub fn parse(text: &str) -> Option<Element> {
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().expand_empty_elements = true;
    let mut stack: Vec<Element> = vec![Element::default()];
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) => {
                if stack.len() > MAX_DEPTH {
                    return None;
                }
                let mut el = Element {
                    name: local(e.name().as_ref()).to_string(),
                    ..Default::default()
                };
                for a in e.attributes().flatten() {
                    let value = a
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map(|v| v.into_owned())
                        .unwrap_or_else(|_| a.value.clone().into_owned());
                    el.attrs.push((local(a.key.as_ref()).to_string(), value));
                }
                stack.push(el);
            }
            Event::End(_) => {
                let el = stack.pop()?;
                stack.last_mut()?.children.push(Node::Element(el));
            }
            Event::Text(t) => push_text(stack.last_mut()?, &t.xml10_content()),
            Event::CData(t) => push_text(stack.last_mut()?, &t.xml10_content()),
            Event::GeneralRef(r) => {
                let s: String = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => quick_xml::escape::resolve_predefined_entity(&r)
                        .unwrap_or_default()
                        .to_string(),
                };
                push_text(stack.last_mut()?, &s);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        return None;
    }
    let root = stack.pop()?;
    root.children.into_iter().find_map(|n| match n {
        Node::Element(e) => Some(e),
        Node::Text(_) => None,
    })
}

fn push_text(el: &mut Element, s: &str) {
    if let Some(Node::Text(t)) = el.children.last_mut() {
        t.push_str(s);
    } else {
        el.children.push(Node::Text(s.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_local_and_entities_resolved() {
        let Some(root) = parse(
            r#"<?xml version="1.0"?><w:document xmlns:w="x"><w:t a:b="1&amp;2">甲&amp;乙&#x4E19;<![CDATA[<丁>]]></w:t><w:p/></w:document>"#,
        ) else {
            panic!("not parsed")
        };
        assert_eq!(root.name, "document");
        let t = root.child("t").expect("t");
        assert_eq!(t.attr("b"), Some("1&2"));
        assert_eq!(t.text(), "甲&乙丙<丁>");
        assert!(root.child("p").is_some());
        assert!(parse("<a><b></a>").is_none());
        assert!(parse("<a>").is_none());
    }
}
