//! The `oxpy` command: CPython's command line, running on oxpy.
//!
//! `oxpy [options] FILE [args]`, `oxpy [options] -c CMD [args]`; the
//! options CPython accepts before the program are parsed the same way (the
//! first non-option ends them, and everything after it goes to `sys.argv`).
//!
//! CPython: Modules/main.c, Python/initconfig.c (`config_parse_cmdline`).

use std::process::ExitCode;

use interp::Config;

// Python allocates and frees small objects at a high rate; mimalloc's
// thread-local size classes serve them far faster than the system malloc (the
// role pymalloc plays for CPython).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: oxpy [option] ... [-c cmd | file | -] [arg] ...\n";

const HELP: &str = "\
usage: oxpy [option] ... [-c cmd | file | -] [arg] ...
Options (and corresponding environment variables):
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-I     : isolate Python from the user's environment (implies -E, -P and -s)
-O     : remove assert and __debug__-dependent statements
-OO    : do -O changes and also discard docstrings
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-v     : verbose (trace import statements)
-V     : print the Python version number and exit (also --version)
-W arg : warning control
-x     : skip first line of source
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Program {
    File(String),
    Command(String),
    Module(String),
    Stdin,
}

fn usage_error(msg: &str) -> ExitCode {
    eprint!("{msg}\n{USAGE}Try `oxpy -h' for more information.\n");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let mut config = Config {
        orig_argv: args.clone(),
        executable: std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| args[0].clone()),
        ..Config::default()
    };
    let mut program = None;
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        if a == "--help" || a == "-h" || a == "-?" {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        if a == "--version" || a == "-V" {
            let (major, minor, micro) = interp::modules::sys::VERSION;
            println!("Python {major}.{minor}.{micro}");
            return ExitCode::SUCCESS;
        }
        if a == "-" {
            program = Some(Program::Stdin);
            i += 1;
            break;
        }
        if !a.starts_with('-') || a.len() < 2 {
            program = Some(Program::File(a.clone()));
            i += 1;
            break;
        }
        // A cluster of one-letter options; -c, -W and -X take an argument.
        let letters: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < letters.len() {
            let c = letters[j];
            let rest: String = letters[j + 1..].iter().collect();
            let take_arg = |i: &mut usize| -> Option<String> {
                if !rest.is_empty() {
                    Some(rest.clone())
                } else {
                    *i += 1;
                    args.get(*i).cloned()
                }
            };
            match c {
                'c' => {
                    let Some(cmd) = take_arg(&mut i) else {
                        return usage_error("Argument expected for the -c option");
                    };
                    program = Some(Program::Command(cmd));
                    j = letters.len();
                    continue;
                }
                'm' => {
                    let Some(m) = take_arg(&mut i) else {
                        return usage_error("Argument expected for the -m option");
                    };
                    program = Some(Program::Module(m));
                    j = letters.len();
                    continue;
                }
                'W' => {
                    let Some(w) = take_arg(&mut i) else {
                        return usage_error("Argument expected for the -W option");
                    };
                    config.warnoptions.push(w);
                    break;
                }
                'X' => {
                    let Some(x) = take_arg(&mut i) else {
                        return usage_error("Argument expected for the -X option");
                    };
                    config.xoptions.push(x);
                    break;
                }
                'B' => config.dont_write_bytecode = true,
                'E' => config.ignore_environment = true,
                'I' => {
                    config.isolated = true;
                    config.ignore_environment = true;
                    config.safe_path = true;
                }
                'O' => config.optimize += 1,
                'P' => config.safe_path = true,
                'q' => config.quiet = true,
                's' | 'd' | 'R' => {}
                'S' => config.no_site = true,
                'u' => config.unbuffered = true,
                'v' => config.verbose += 1,
                'b' => config.bytes_warning += 1,
                'i' => config.inspect = true,
                _ => return usage_error(&format!("Unknown option: -{c}")),
            }
            j += 1;
        }
        i += 1;
        if matches!(program, Some(Program::Command(_) | Program::Module(_))) {
            break;
        }
    }
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    let program = program.unwrap_or(Program::Stdin);
    let (argv0, path0) = match &program {
        Program::File(f) => {
            let dir = std::path::Path::new(f).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
            let dir = std::path::absolute(if dir.is_empty() { "." } else { &dir })
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or(dir);
            (f.clone(), dir)
        }
        Program::Command(_) => ("-c".to_string(), String::new()),
        // CPython: sys.path[0] is the working directory; argv[0] becomes the
        // module's file once it is found.
        Program::Module(_) => (
            "-m".to_string(),
            std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default(),
        ),
        Program::Stdin => (String::new(), String::new()),
    };
    config.argv = std::iter::once(argv0).chain(rest).collect();
    if !config.safe_path {
        config.path.push(path0);
    }
    if !config.ignore_environment {
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            config.path.extend(pp.split(':').filter(|s| !s.is_empty()).map(String::from));
        }
        if std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty()) {
            config.dont_write_bytecode = true;
        }
        if std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()) {
            config.unbuffered = true;
        }
    }
    config.path.push(interp::import::stdlib_dir().to_string());
    let interpreter = interp::lifecycle::new_interpreter(config);
    let status = interp::lifecycle::attach(&interpreter, |vm| {
        interp::modules::signal::install_main_handlers(vm);
        let status = run_program(vm, &program);
        if vm.state().unhandled_keyboard_interrupt.get() {
            interp::modules::signal::exit_by_sigint();
        }
        status
    });
    match status {
        Ok(s) => ExitCode::from((s & 0xff) as u8),
        Err(e) => {
            eprintln!("oxpy: cannot attach to the interpreter: {e}");
            ExitCode::from(1)
        }
    }
}

fn run_program(vm: &interp::Vm, program: &Program) -> i32 {
    match program {
        Program::File(f) => interp::run::run_file(vm, f),
        Program::Command(c) => interp::run::run_command(vm, c),
        Program::Module(m) => interp::run::run_module(vm, m),
        Program::Stdin => {
            use std::io::IsTerminal;
            if std::io::stdin().is_terminal() {
                eprintln!("oxpy: the interactive prompt (REPL) is not available yet; run `oxpy FILE` or `oxpy -c CODE`");
                return 2;
            }
            let mut src = String::new();
            if std::io::Read::read_to_string(&mut std::io::stdin(), &mut src).is_err() {
                return 1;
            }
            interp::run::run_stdin(vm, &src)
        }
    }
}
