#ifndef NEWSREADER_CNCURSESW_SHIM_H
#define NEWSREADER_CNCURSESW_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* What Swift cannot import from curses.h by itself: function-like macros, macros built from
   other macros, and variables that may be functions in a reentrant build. Nothing here keeps
   state, so the helpers may be inlined into any number of Swift objects. */

static inline WINDOW *nr_stdscr(void) { return stdscr; }
/* newterm on stdout/stdin (unlike initscr it returns NULL for an unknown TERM instead of exiting). */
static inline SCREEN *nr_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }
static inline int nr_lines(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int nr_columns(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }
static inline int nr_colors(void) { return COLORS; }
static inline int nr_color_pairs(void) { return COLOR_PAIRS; }

/* Attributes as plain numbers. */
static inline attr_t nr_a_bold(void) { return A_BOLD; }
static inline attr_t nr_a_dim(void) { return A_DIM; }
static inline attr_t nr_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nr_a_reverse(void) { return A_REVERSE; }
static inline attr_t nr_a_italic(void) { return A_ITALIC; }

/* Colour pairs beyond 255 only fit the `opts` argument of the extended calls (ncurses 6.1). */
static inline int nr_init_pair(int pair, int fg, int bg) {
#if NCURSES_EXT_COLORS
    return init_extended_pair(pair, fg, bg);
#else
    return init_pair((short)pair, (short)fg, (short)bg);
#endif
}

/* One cell: up to CCHARW_MAX wide characters (a spacing one and its combining marks). */
static inline int nr_cchar_capacity(void) { return CCHARW_MAX; }
static inline int nr_put_cell(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cell;
#if NCURSES_EXT_COLORS
    if (setcchar(&cell, text, attrs, (short)(pair < 0x7fff ? pair : 0), &pair) != OK) return ERR;
#else
    if (setcchar(&cell, text, attrs, (short)pair, NULL) != OK) return ERR;
#endif
    return mvwadd_wch(w, y, x, &cell);
}

/* Input: OK with a character, KEY_CODE_YES with a key code, or ERR (timeout). */
static inline int nr_get_wch(WINDOW *w, unsigned int *out) {
    wint_t value = 0;
    int status = wget_wch(w, &value);
    *out = (unsigned int)value;
    return status;
}
static inline int nr_key_f0(void) { return KEY_F0; }
static inline int nr_set_escdelay(int ms) { return set_escdelay(ms); }

/* Mouse. */
static inline mmask_t nr_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t nr_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t nr_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t nr_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t nr_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t nr_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t nr_button5_pressed(void) { return 0; }
#endif
/* Reads the pending mouse report; returns ERR when there is none. */
static inline int nr_get_mouse(int *x, int *y, mmask_t *state) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *x = event.x; *y = event.y; *state = event.bstate;
    return OK;
}

/* Whether the locale's character set is UTF-8 (wide characters need it). */
static inline int nr_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't');
}
#endif
