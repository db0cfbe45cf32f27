//! The workshop screen: what the projector shows while phones score.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::Theme;
use crate::app::App;
use crate::app::workshop::Server;

pub fn draw(app: &App, _theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(ws) = app.workshop.as_ref() else {
        return;
    };
    let url = match &ws.server {
        Server::Listening { url, .. } => url.clone(),
        _ => String::new(),
    };
    frame.render_widget(Paragraph::new(Line::raw(url)), area);
}
