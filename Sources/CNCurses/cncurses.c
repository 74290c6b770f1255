#include "cncurses.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

unsigned int qd_attr_bold(void) { return A_BOLD; }
unsigned int qd_attr_dim(void) { return A_DIM; }
unsigned int qd_attr_italic(void) { return A_ITALIC; }
unsigned int qd_attr_underline(void) { return A_UNDERLINE; }
unsigned int qd_attr_reverse(void) { return A_REVERSE; }
#ifdef A_STRIKETHROUGH
unsigned int qd_attr_strikethrough(void) { return A_STRIKETHROUGH; }
#else
unsigned int qd_attr_strikethrough(void) { return A_DIM; }
#endif

static struct termios saved_termios;
static int have_saved_termios = 0;
static volatile sig_atomic_t pending_termination = 0;
static int mouse_enabled = 0;

static const char restore_sequence[] =
    "\033[0m\033[?1000l\033[?1002l\033[?1006l\033[?25h\033[?1049l";

void qd_restore_terminal(void) {
  // Only async-signal-safe calls: this runs from the crash handler.
  if (have_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
  ssize_t ignored = write(STDOUT_FILENO, restore_sequence, sizeof restore_sequence - 1);
  (void)ignored;
}

static void on_crash(int signal_number) {
  qd_restore_terminal();
  // SA_RESETHAND put the default action back: die of the same signal.
  raise(signal_number);
}

static void on_termination(int signal_number) { pending_termination = signal_number; }

void qd_install_signal_handlers(void) {
  if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) have_saved_termios = 1;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  action.sa_handler = on_termination;
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
  sigaction(SIGINT, &action, NULL);
  action.sa_handler = on_crash;
  action.sa_flags = SA_RESETHAND | SA_NODEFER;
  int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  for (size_t i = 0; i < sizeof crashes / sizeof crashes[0]; i++) sigaction(crashes[i], &action, NULL);
}

int qd_pending_termination(void) { return pending_termination; }

int qd_start(int with_mouse) {
  setlocale(LC_ALL, "");
  if (getenv("ESCDELAY") == NULL) set_escdelay(25);
  if (initscr() == NULL) return -1;
  cbreak();
  noecho();
  nonl();
  keypad(stdscr, TRUE);
  intrflush(stdscr, FALSE);
  curs_set(0);
  if (has_colors()) {
    start_color();
    use_default_colors();
  }
  if (with_mouse) {
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
    mouse_enabled = 1;
  }
  return 0;
}

void qd_stop(void) {
  if (mouse_enabled) mousemask(0, NULL);
  curs_set(1);
  endwin();
}

int qd_columns(void) { return COLS; }
int qd_lines(void) { return LINES; }
int qd_colors(void) { return has_colors() ? COLORS : 0; }
int qd_color_pairs(void) { return has_colors() ? COLOR_PAIRS : 0; }

int qd_init_pair(int pair, int foreground, int background) {
  return init_extended_pair(pair, foreground, background) == OK ? 0 : -1;
}

void qd_draw_cell(int y, int x, const wchar_t *text, int length, unsigned int attributes, int pair) {
  cchar_t cell;
  wchar_t buffer[CCHARW_MAX + 1];
  int count = length < CCHARW_MAX ? length : CCHARW_MAX;
  wmemcpy(buffer, text, (size_t)count);
  buffer[count] = L'\0';
  int extended_pair = pair;
  if (setcchar(&cell, buffer, (attr_t)attributes, 0, &extended_pair) == OK) {
    mvwadd_wch(stdscr, y, x, &cell);
  }
}

void qd_flush(void) {
  wnoutrefresh(stdscr);
  doupdate();
}

void qd_invalidate(void) { clearok(curscr, TRUE); }

int qd_read(int timeout_ms, wint_t *character, int *code) {
  wtimeout(stdscr, timeout_ms);
  wint_t value = 0;
  int result = wget_wch(stdscr, &value);
  if (result == KEY_CODE_YES) {
    *code = (int)value;
  } else if (result == OK) {
    *character = value;
  }
  return result;
}

int qd_mouse(int *x, int *y) {
  MEVENT event;
  if (getmouse(&event) != OK) return 0;
  *x = event.x;
  *y = event.y;
  if (event.bstate & BUTTON4_PRESSED) return 1;
  if (event.bstate & BUTTON5_PRESSED) return 2;
  if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return 3;
  return 0;
}
