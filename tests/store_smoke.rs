use tpaudit::store::templates;

#[test]
fn builtins_and_examples_parse() {
    assert_eq!(templates::builtin().len(), 4);
    assert_eq!(templates::examples().len(), 3);
}
