//! Binding, the token, and the server's thread and runtime.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, UdpSocket};
use std::sync::Arc;
use std::thread;

use tokio::sync::oneshot;

use super::api::{self, Shared};
use super::keys::Keys;
use crate::app::workshop::{DEFAULT_PORT, Settings};
use crate::tui::event::EventSender;

/// A running server; dropping it stops it.
#[derive(Debug)]
pub struct Server {
    /// The join URL, `http://HOST:PORT/w/TOKEN/`.
    pub url: String,
    pub addr: SocketAddr,
    /// The port asked for, when it was taken and a free one was used instead.
    pub taken: Option<u16>,
    /// The join URL's token.
    pub token: String,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
}

/// What a restarted workshop goes on with: the token of its URL and the phones' keys.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resume {
    pub token: String,
    pub keys: Keys,
}

/// What the phone page and the server are made for.
#[derive(Debug, Clone, Copy)]
pub struct Room<'a> {
    /// The language of the audit (and so of its phones).
    pub lang: crate::model::Lang,
    /// What the join screen calls the workshop: the audit's title, and its client.
    pub title: &'a str,
}

impl Server {
    /// The workshop has ended (or is going on again): joining is refused with `ended`.
    pub fn set_ended(&self, ended: bool) {
        self.shared.set_ended(ended);
    }

    /// Lets go of a participant's phone (the facilitator let the person in from another phone,
    /// or removed a participant who never was): its key stops working. The keys left.
    pub fn release(&self, participant: &str) -> Keys {
        self.shared.release(participant)
    }

    /// The phones' keys now.
    pub fn keys(&self) -> Keys {
        self.shared.keys()
    }
}

impl Drop for Server {
    /// Stops listening at once; requests already in the loop's channel are still answered.
    /// The thread is not joined: a request waiting for the loop (which drops the server) would
    /// otherwise wait for ever.
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// The laptop's local-network address, found without sending anything: a UDP socket
/// "connected" to a private address takes the address of the interface that routes there.
/// 127.0.0.1 when there is no such network.
pub fn lan_address() -> IpAddr {
    let local = || -> Option<IpAddr> {
        let socket = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
        socket.connect((Ipv4Addr::new(10, 254, 254, 254), 9)).ok()?;
        let ip = socket.local_addr().ok()?.ip();
        (!ip.is_unspecified()).then_some(ip)
    };
    local().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
}

/// A new token: 128 random bits, URL-safe base64 without padding (22 characters).
pub fn token() -> std::io::Result<String> {
    super::keys::secret()
}

/// Binds the address the settings ask for; a taken port gives way to a free one, reported.
fn bind(settings: &Settings) -> std::io::Result<(TcpListener, Option<u16>)> {
    let ip = settings.bind.unwrap_or_else(lan_address);
    let port = settings.port.unwrap_or(DEFAULT_PORT);
    match TcpListener::bind((ip, port)) {
        Ok(l) => Ok((l, None)),
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            Ok((TcpListener::bind((ip, 0))?, Some(port)))
        }
        Err(e) => Err(e),
    }
}

/// Starts a server for a workshop in `lang`: binds, then serves on a thread of its own until
/// the returned [`Server`] is dropped. Requests go to the loop through `events`.
pub fn start(
    settings: &Settings,
    room: Room<'_>,
    resume: Option<Resume>,
    events: EventSender,
) -> std::io::Result<Server> {
    let (listener, taken) = bind(settings)?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let resume = match resume {
        Some(r) if r.token.len() >= 22 => r,
        _ => Resume {
            token: token()?,
            keys: Keys::new(),
        },
    };
    let token = resume.token.clone();
    // An address for every interface is no address to type: the URL names the laptop's.
    let host = if addr.ip().is_unspecified() {
        lan_address()
    } else {
        addr.ip()
    };
    let url = format!("http://{}/w/{token}/", SocketAddr::new(host, addr.port()));
    let page = super::page::html(room.lang, room.title);
    let shared = Arc::new(Shared::new(resume, page, events));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()?;
    let (stop, stopped) = oneshot::channel::<()>();
    let serving = Arc::clone(&shared);
    thread::Builder::new()
        .name("workshop".into())
        .spawn(move || {
            runtime.block_on(async move {
                let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                    return;
                };
                let app = api::router(serving).into_make_service_with_connect_info::<SocketAddr>();
                let _ = axum::serve(listener, app)
                    .with_graceful_shutdown(async {
                        let _ = stopped.await;
                    })
                    .await;
            });
        })?;
    Ok(Server {
        url,
        addr,
        taken,
        token,
        shared,
        stop: Some(stop),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_taken_port_gives_way_to_a_free_one_and_says_which() {
        let holder = TcpListener::bind("127.0.0.1:0").expect("a port");
        let taken = holder.local_addr().expect("an address").port();
        let settings = Settings {
            bind: Some(IpAddr::V4(Ipv4Addr::LOCALHOST)),
            port: Some(taken),
            ..Settings::default()
        };
        let (listener, said) = bind(&settings).expect("a free port");
        assert_eq!(said, Some(taken));
        assert_ne!(listener.local_addr().expect("an address").port(), taken);
    }

    #[test]
    fn the_lan_address_is_never_unspecified() {
        assert!(!lan_address().is_unspecified());
    }
}
