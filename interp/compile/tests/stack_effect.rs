//! `opcode_metadata::stack_effect` equals CPython 3.14's `dis.stack_effect`
//! for every opcode (pseudo opcodes included) and a spread of opargs,
//! recorded in tests/compile/stack_effect.txt by scripts/record_stack_effect.py.

use compile::opcode_metadata::stack_effect;

#[test]
fn stack_effect_matches_dis() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/compile/stack_effect.txt"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let mut checked = 0;
    let mut bad = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split(' ').collect();
        let op: u16 = f[0].parse().unwrap();
        let arg: i32 = f[1].parse().unwrap();
        for (k, jump) in [Some(false), Some(true), None].into_iter().enumerate() {
            let want: Option<i32> = f[2 + k].parse().ok();
            let got = stack_effect(op, arg, jump);
            if got != want {
                bad.push(format!(
                    "op {op} arg {arg} jump {jump:?}: got {got:?}, want {want:?}"
                ));
            }
            checked += 1;
        }
    }
    assert!(checked > 3000, "only {checked} cases");
    assert!(bad.is_empty(), "{} differ:\n{}", bad.len(), bad.join("\n"));
}
