// CReadline: the only place that touches GNU readline's C globals.
// Swift 6 cannot assign readline's global variables, so every write goes through a static inline
// function here. Call these from a single Swift file (their static state is per object file).
#ifndef QUIZ_CREADLINE_SHIM_H
#define QUIZ_CREADLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <locale.h>
#include <readline/readline.h>
#include <readline/history.h>

/// Sets the locale from the environment so multibyte input (CJK, accents) works; falls back to
/// C.UTF-8 when the environment leaves the plain C locale. Returns the locale name in force.
static inline const char *quiz_rl_setup_locale(void) {
    const char *name = setlocale(LC_ALL, "");
    if (name == NULL || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0) {
        const char *fallback = setlocale(LC_ALL, "C.UTF-8");
        if (fallback != NULL) name = fallback;
    }
    return name;
}

static volatile sig_atomic_t quiz_rl_sigint_pending = 0;
static int quiz_rl_interrupt_state = 0; // 0 none, 1 interrupted with text, 2 interrupted on empty line

static void quiz_rl_on_sigint(int signo) { (void)signo; quiz_rl_sigint_pending = 1; }

#include <errno.h>
#include <unistd.h>
#include <poll.h>

/// Reads one byte for readline. After Ctrl-C it clears the line and hands readline a newline, so
/// readline returns an empty line at once; `quiz_rl_take_interrupt` then says it was an interrupt.
static int quiz_rl_getc(FILE *stream) {
    unsigned char c;
    for (;;) {
        if (quiz_rl_sigint_pending) {
            quiz_rl_sigint_pending = 0;
            quiz_rl_interrupt_state = (rl_end > 0) ? 1 : 2;
            rl_replace_line("", 0);
            return '\n';
        }
        // Wait with a timeout, not in a blocking read: a Ctrl-C that lands between the check above and
        // the read would otherwise be noticed only at the next key press.
        struct pollfd ready = { fileno(stream), POLLIN, 0 };
        int r = poll(&ready, 1, 50);
        if (r == 0) continue;
        if (r < 0) { if (errno == EINTR) continue; return EOF; }
        ssize_t n = read(fileno(stream), &c, 1);
        if (n == 1) return c;
        if (n == 0) return EOF;
        if (errno != EINTR) return EOF;
    }
}

/// Names the program (for ~/.inputrc conditionals), installs our Ctrl-C handling and the completion
/// generator. Ctrl-C makes readline return an empty line; `quiz_rl_take_interrupt` tells why.
static inline void quiz_rl_configure(const char *name, rl_compentry_func_t *completer) {
    rl_readline_name = name;
    rl_catch_signals = 0;
    rl_getc_function = quiz_rl_getc;
    rl_completion_entry_function = completer;
    rl_basic_word_break_characters = " \t\n";
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = quiz_rl_on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: the read must be interrupted
    sigaction(SIGINT, &action, NULL);
}

/// Whether Ctrl-C was pressed outside a read (e.g. while waiting); clears it.
static inline int quiz_rl_take_pending_sigint(void) {
    int pending = quiz_rl_sigint_pending;
    quiz_rl_sigint_pending = 0;
    return pending;
}

/// 0: the last read was not interrupted; 1: Ctrl-C cleared typed text; 2: Ctrl-C on an empty line.
static inline int quiz_rl_take_interrupt(void) {
    int state = quiz_rl_interrupt_state;
    quiz_rl_interrupt_state = 0;
    return state;
}

static inline char *quiz_rl_readline(const char *prompt) { return readline(prompt); }
static inline void quiz_rl_add_history(const char *line) { add_history(line); }
static inline int quiz_rl_read_history(const char *path) { return read_history(path); }
static inline int quiz_rl_write_history(const char *path) { return write_history(path); }
static inline void quiz_rl_stifle_history(int max) { stifle_history(max); }
static inline char *quiz_rl_strdup(const char *text) { return strdup(text); }

#endif
