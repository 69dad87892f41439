#include "exit_cleanup.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

// 1,024 paths of PATH_MAX bytes: 4 MiB of zero pages, touched only as slots are used. A batch
// holds at most three temporaries per job at once; a preview one per page drawn.
#define PATH_SLOTS 1024
#define CHILD_SLOTS 64

enum { SLOT_FREE = 0, SLOT_FILLING = 1, SLOT_LIVE = 2 };

static char paths[PATH_SLOTS][PATH_MAX];
static atomic_int path_state[PATH_SLOTS];
static atomic_int children[CHILD_SLOTS];   // 0: free
static atomic_int installed;
static atomic_int graceful;
static atomic_int stop_signal;
static atomic_int dying;
static const char *interrupted_text;
static const char *asked_text;

static void say(const char *text) {
    if (!text) return;
    ssize_t ignored = write(STDERR_FILENO, text, strlen(text));
    (void)ignored;
}

int ayumi_cleanup_add_path(const char *path) {
    size_t length = strlen(path);
    if (length >= PATH_MAX) return -1;
    for (int slot = 0; slot < PATH_SLOTS; slot++) {
        int expected = SLOT_FREE;
        if (atomic_compare_exchange_strong(&path_state[slot], &expected, SLOT_FILLING)) {
            memcpy(paths[slot], path, length + 1);
            atomic_store(&path_state[slot], SLOT_LIVE);
            return slot;
        }
    }
    return -1;
}

void ayumi_cleanup_forget_path(int slot) {
    if (slot >= 0 && slot < PATH_SLOTS) atomic_store(&path_state[slot], SLOT_FREE);
}

int ayumi_cleanup_add_child(pid_t pid) {
    for (int slot = 0; slot < CHILD_SLOTS; slot++) {
        int expected = 0;
        if (atomic_compare_exchange_strong(&children[slot], &expected, (int)pid)) return slot;
    }
    return -1;
}

void ayumi_cleanup_forget_child(int slot) {
    if (slot >= 0 && slot < CHILD_SLOTS) atomic_store(&children[slot], 0);
}

void ayumi_cleanup_set_graceful(int on, const char *asked) {
    asked_text = asked;
    atomic_store(&graceful, on);
}

int ayumi_cleanup_stop_signal(void) { return atomic_load(&stop_signal); }

void ayumi_cleanup_die(int signal) {
    // Only the first signal cleans; another arriving meanwhile waits for it to finish.
    if (atomic_exchange(&dying, 1) == 0) {
        // Children first, so nothing writes a page after its file was removed.
        for (int slot = 0; slot < CHILD_SLOTS; slot++) {
            pid_t pid = atomic_load(&children[slot]);
            if (pid > 0) kill(pid, SIGKILL);
        }
        for (int slot = 0; slot < CHILD_SLOTS; slot++) {
            pid_t pid = atomic_load(&children[slot]);
            if (pid <= 0) continue;
            siginfo_t info;
            // WNOWAIT: leave the zombie to Foundation's reaper; only wait until it is dead.
            while (waitid(P_PID, pid, &info, WEXITED | WNOWAIT) != 0 && errno == EINTR) {}
        }
        for (int slot = 0; slot < PATH_SLOTS; slot++) {
            if (atomic_load(&path_state[slot]) == SLOT_LIVE) unlink(paths[slot]);
        }
        say(interrupted_text);
    } else {
        for (;;) pause();
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signal, &action, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signal);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    raise(signal);
    _exit(128 + signal);
}

static void handle(int signal) {
    int saved = errno;
    if (signal != SIGHUP && atomic_load(&graceful)) {
        int expected = 0;
        if (atomic_compare_exchange_strong(&stop_signal, &expected, signal)) {
            say(asked_text);
            errno = saved;
            return;
        }
    }
    ayumi_cleanup_die(signal);
}

void ayumi_cleanup_install(const char *interrupted) {
    if (atomic_exchange(&installed, 1)) return;
    interrupted_text = interrupted;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handle;
    sigemptyset(&action.sa_mask);
    sigaddset(&action.sa_mask, SIGINT);
    sigaddset(&action.sa_mask, SIGTERM);
    sigaddset(&action.sa_mask, SIGHUP);
    action.sa_flags = SA_RESTART;
    int signals[] = {SIGINT, SIGTERM, SIGHUP};
    // A parent may hand its own blocked mask on (Foundation's Process does, from a dispatch
    // thread): the signals would then stay pending forever and the handler never run.
    sigset_t blocked;
    sigemptyset(&blocked);
    for (int i = 0; i < 3; i++) sigaddset(&blocked, signals[i]);
    pthread_sigmask(SIG_UNBLOCK, &blocked, NULL);
    for (int i = 0; i < 3; i++) {
        struct sigaction old;
        // A signal ignored when Ayumi started (nohup) stays ignored.
        if (sigaction(signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        sigaction(signals[i], &action, NULL);
    }
}
