#ifndef AYUMI_EXIT_CLEANUP_H
#define AYUMI_EXIT_CLEANUP_H

#include <sys/types.h>

/// What a signal must undo before the process ends: the temporary files that hold a resident's
/// data and the child processes (pdftoppm) that are still writing them.
///
/// The handler runs inside the signal, on whatever thread it hits, so it only does what is
/// async-signal-safe: unlink(2), kill(2), waitid(2), write(2), sigaction(2), raise(3). The
/// registry is therefore fixed arrays with atomic slot states, filled by the writer before a
/// temporary's first byte and emptied after its rename.

/// Installs the handler for SIGINT, SIGTERM and SIGHUP (once; later calls do nothing).
/// `interrupted` is written to standard error when a signal ends the process (may be NULL).
void ayumi_cleanup_install(const char *interrupted);

/// Remembers `path` for removal; returns its slot, or -1 when every slot is taken.
int ayumi_cleanup_add_path(const char *path);
/// Forgets a slot (after the file was renamed into place or removed).
void ayumi_cleanup_forget_path(int slot);

/// Remembers a child process to kill; returns its slot or -1.
int ayumi_cleanup_add_child(pid_t pid);
void ayumi_cleanup_forget_child(int slot);

/// While on, the first SIGINT or SIGTERM only asks the program to stop (batch, watch: finish
/// the document in progress) and prints `asked` (may be NULL); a second one, or any SIGHUP,
/// ends it at once.
void ayumi_cleanup_set_graceful(int on, const char *asked);
/// The signal that asked to stop gracefully, 0 if none came.
int ayumi_cleanup_stop_signal(void);

/// Runs the cleanup now and ends the process as `signal` would (its default action), so the
/// shell sees 128 + signal. Used by the handler; exposed for tests of the registry.
void ayumi_cleanup_die(int signal);

#endif
