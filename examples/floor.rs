//! The floor of start-up benches: a bare ratatui program that draws one frame and waits for a
//! key. `benches/startup.rs` measures tpaudit's time to its first frame against this one's.

use ratatui::widgets::Paragraph;

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    terminal.draw(|f| f.render_widget(Paragraph::new("floor-ready"), f.area()))?;
    let _ = crossterm::event::read();
    ratatui::restore();
    Ok(())
}
