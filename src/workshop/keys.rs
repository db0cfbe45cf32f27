//! Secrets of a workshop: the join URL's token and each phone's key. A key is made when a phone
//! joins and proves, on every later request, that the phone is the one that joined under that
//! name: nobody votes as someone else or reads their scores by knowing their name.

use std::collections::BTreeMap;

/// Phone keys by participant id.
pub type Keys = BTreeMap<String, String>;

/// A token or key: 128 random bits, URL-safe base64 without padding (22 characters).
pub fn secret() -> std::io::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(base64url(&bytes))
}

fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | u32::from(*b) << (16 - 8 * i));
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Compares a secret with what was given, in time independent of where they differ.
pub fn same_secret(secret: &str, given: &str) -> bool {
    let (a, b) = (secret.as_bytes(), given.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Whether `given` is the key of `participant`'s phone.
pub fn holds(keys: &Keys, participant: &str, given: Option<&str>) -> bool {
    match (keys.get(participant), given) {
        (Some(key), Some(given)) => same_secret(key, given),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_is_128_bits_url_safe() {
        let t = secret().expect("random bytes");
        assert_eq!(t.len(), 22);
        assert!(
            t.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert_ne!(t, secret().expect("random bytes"));
    }

    #[test]
    fn base64url_matches_the_rfc() {
        assert_eq!(base64url(b"f"), "Zg");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(b"foo"), "Zm9v");
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn only_the_phones_own_key_opens_its_participant() {
        let keys: Keys = [("anna".to_string(), "k".repeat(22))].into();
        assert!(holds(&keys, "anna", Some(&"k".repeat(22))));
        assert!(!holds(&keys, "anna", Some(&"k".repeat(21))));
        assert!(!holds(&keys, "anna", Some(&format!("{}j", "k".repeat(21)))));
        assert!(!holds(&keys, "anna", None));
        assert!(!holds(&keys, "anna", Some("")));
        assert!(!holds(&keys, "boris", Some(&"k".repeat(22))));
    }
}
