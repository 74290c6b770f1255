// The thin C layer between Swift and ncursesw: what Swift cannot import (macros such as A_BOLD,
// COLOR_PAIR, stdscr, the mouse masks), and the signal handlers that restore the terminal.
#ifndef CNCURSES_H
#define CNCURSES_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>
#include <wchar.h>

// Attributes.
unsigned int qd_attr_bold(void);
unsigned int qd_attr_dim(void);
unsigned int qd_attr_italic(void);
unsigned int qd_attr_underline(void);
unsigned int qd_attr_reverse(void);
unsigned int qd_attr_strikethrough(void);

// Starts curses: locale, escape delay (25 ms unless ESCDELAY is set), cbreak, no echo, keypad,
// hidden cursor, colours when the terminal has them, and the mouse when asked. Returns 0 on
// success.
int qd_start(int with_mouse);
// Ends curses and leaves the terminal as it was.
void qd_stop(void);

// Size of the screen.
int qd_columns(void);
int qd_lines(void);
// Colours the terminal can show (0 without colour) and colour pairs available.
int qd_colors(void);
int qd_color_pairs(void);
// Defines pair `pair` as foreground/background (-1 is the terminal's default). Returns 0 on
// success.
int qd_init_pair(int pair, int foreground, int background);

// Draws one grapheme cluster (`text`, `length` wide characters) at row y, column x.
void qd_draw_cell(int y, int x, const wchar_t *text, int length, unsigned int attributes, int pair);
// Sends what was drawn (wnoutrefresh + doupdate).
void qd_flush(void);
// Makes the next flush repaint every cell.
void qd_invalidate(void);

// Reads one key or event, waiting at most timeout_ms. Returns ERR on time-out; OK with *character
// set for a character; KEY_CODE_YES with *code set for a function key (KEY_RESIZE, KEY_MOUSE …).
int qd_read(int timeout_ms, wint_t *character, int *code);
// For KEY_MOUSE: the event's cell and what happened (1 wheel up, 2 wheel down, 3 click, 0 other).
int qd_mouse(int *x, int *y);

// Signals. Saves the terminal's settings and installs handlers before curses starts: SIGTERM,
// SIGHUP and SIGINT set a flag the event loop polls; a crash (SIGSEGV, SIGBUS, SIGILL, SIGFPE,
// SIGABRT, SIGTRAP) restores the saved settings, leaves the alternate screen, shows the cursor,
// turns the mouse off, and dies of the same signal.
void qd_install_signal_handlers(void);
// The terminating signal received, or 0.
int qd_pending_termination(void);
// Restores the terminal as the crash handler does (for exits that bypass curses).
void qd_restore_terminal(void);

#endif
