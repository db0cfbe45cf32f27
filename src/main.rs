fn main() {
    println!("tpaudit");
}
