//! Many interpreters in one process: isolation, parallel execution, one
//! interpreter shared by threads, and compiled code shared between
//! interpreters (issue 7, item 8).

use std::sync::{Arc, Barrier};

use oxpy::Interpreter;

#[test]
fn interpreters_see_nothing_of_each_other() {
    let a = Interpreter::new();
    let b = Interpreter::new();
    a.exec("class Point:\n    pass\nimport builtins\nbuiltins.planted = 1\nimport sys\nsys.path.append('only-in-a')\nsys.modules['fake'] = 42")
        .unwrap();
    assert_eq!(a.eval("Point.__name__").unwrap(), "'Point'");
    assert_eq!(a.eval("planted").unwrap(), "1");
    let e = b.eval("Point").unwrap_err();
    assert_eq!(e.type_name, "NameError");
    assert_eq!(e.message, "name 'Point' is not defined");
    assert_eq!(b.eval("planted").unwrap_err().type_name, "NameError");
    b.exec("import sys").unwrap();
    assert_eq!(b.eval("'only-in-a' in sys.path").unwrap(), "False");
    assert_eq!(b.eval("'fake' in sys.modules").unwrap(), "False");
    assert_eq!(a.eval("sys.modules['fake']").unwrap(), "42");
    // Each has its own sys and builtins module objects.
    assert_eq!(a.eval("sys.modules['sys'] is sys").unwrap(), "True");
    assert_eq!(b.eval("sys.getrecursionlimit()").unwrap(), "1000");
    a.exec("sys.setrecursionlimit(500)").unwrap();
    assert_eq!(b.eval("sys.getrecursionlimit()").unwrap(), "1000");
}

#[test]
fn an_exception_reaches_the_host_with_its_traceback() {
    let i = Interpreter::new();
    let e = i.exec("def f():\n    return 1 / 0\nf()").unwrap_err();
    assert_eq!(e.type_name, "ZeroDivisionError");
    assert_eq!(e.message, "division by zero");
    assert!(e.traceback.starts_with("Traceback (most recent call last):\n"), "{}", e.traceback);
    assert!(e.traceback.ends_with("ZeroDivisionError: division by zero\n"), "{}", e.traceback);
}

const WORK: &str = "def work(n):\n    t = 0\n    for i in range(n):\n        t += i % 7\n    return t\n";

#[test]
fn interpreters_run_at_the_same_time_on_their_own_threads() {
    let n = 4;
    let barrier = Arc::new(Barrier::new(n));
    let handles: Vec<_> = (0..n)
        .map(|k| {
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                let i = Interpreter::new();
                i.exec(WORK).unwrap();
                i.exec(&format!("tag = {k}")).unwrap();
                barrier.wait();
                // While the others run too.
                let r = i.eval("work(200000), tag").unwrap();
                (k, r)
            })
        })
        .collect();
    for h in handles {
        let (k, r) = h.join().unwrap();
        assert_eq!(r, format!("(599994, {k})"));
    }
}

#[test]
fn one_interpreter_serves_several_threads() {
    let i = Interpreter::new();
    i.exec(WORK).unwrap();
    i.exec("results = []").unwrap();
    let handles: Vec<_> = (0..3)
        .map(|k| {
            let i = i.clone();
            std::thread::spawn(move || i.exec(&format!("results.append((work(50000), {k}))")).unwrap())
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(i.eval("sorted(results)").unwrap(), "[(149997, 0), (149997, 1), (149997, 2)]");
}

#[test]
fn a_module_imported_by_two_interpreters_is_compiled_once() {
    let dir = std::env::temp_dir().join(format!("oxpy-shared-code-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // A name no other test imports, so the counts below are this test's.
    std::fs::write(dir.join("shared_code_probe.py"), "VALUE = sum(range(10))\n").unwrap();
    let path = dir.to_string_lossy().into_owned();
    let (hits0, _) = interp::run::code_cache_stats();
    let a = Interpreter::new();
    let b = Interpreter::new();
    for i in [&a, &b] {
        i.exec(&format!("import sys\nsys.path.insert(0, {path:?})\nimport shared_code_probe")).unwrap();
        assert_eq!(i.eval("shared_code_probe.VALUE").unwrap(), "45");
    }
    let (hits1, _) = interp::run::code_cache_stats();
    assert!(hits1 > hits0, "the second import did not reuse the first one's code");
    // Each interpreter still has its own module object.
    a.exec("shared_code_probe.VALUE = 'changed'").unwrap();
    assert_eq!(b.eval("shared_code_probe.VALUE").unwrap(), "45");
    let _ = std::fs::remove_dir_all(&dir);
}
