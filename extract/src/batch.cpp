#include "outturn/batch.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <span>
#include <thread>
#include <unordered_map>

#include "outturn/output.hpp"
#include "outturn/store.hpp"

namespace outturn::batch {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr std::size_t header_window = 1024;  // where the %PDF- header may sit, as readers allow
constexpr std::size_t stderr_tail = 4096;    // enough of a dying worker's last words to classify them

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

bool write_all(int fd, const std::string& data) {
    std::size_t done = 0;
    while (done < data.size()) {
        ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// ---- inputs -----------------------------------------------------------------

bool has_pdf_header(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char buffer[header_window];
    in.read(buffer, sizeof buffer);
    return std::string_view(buffer, static_cast<std::size_t>(in.gcount())).find("%PDF-") != std::string_view::npos;
}

bool named_pdf(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".pdf";
}

struct Found {
    std::string path;
    bool pdf = false;  // a candidate for the reader; otherwise recorded as not-a-pdf
};

struct Inputs {
    std::vector<Found> files;
    std::vector<std::string> problems;
};

void walk(const fs::path& directory, Inputs& inputs) {
    std::vector<std::string> paths;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
         it.increment(ec)) {
        std::error_code ignored;
        if (it->is_regular_file(ignored)) paths.push_back(it->path().string());
    }
    if (ec) inputs.problems.push_back(directory.string() + ": " + ec.message());
    // Sorted, so that the first path of duplicates, and so each document's JSON, is the same on every run.
    std::sort(paths.begin(), paths.end());
    for (auto& p : paths) {
        // In a directory only PDFs are inputs; other files (notes, spreadsheets) are not failures.
        if (has_pdf_header(p) || named_pdf(p)) inputs.files.push_back({std::move(p), true});
    }
}

// A manifest lists inputs one per line; recognised by content so that any name works.
std::optional<std::vector<std::string>> manifest_lines(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        std::error_code ec;
        if (!fs::exists(line, ec)) return std::nullopt;
        lines.push_back(line);
    }
    if (lines.empty()) return std::nullopt;
    return lines;
}

void add_input(const std::string& path, bool allow_manifest, Inputs& inputs) {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        inputs.problems.push_back(path + ": no such file or directory");
    } else if (fs::is_directory(status)) {
        walk(path, inputs);
    } else if (has_pdf_header(path) || named_pdf(path)) {
        inputs.files.push_back({path, true});
    } else if (auto lines = allow_manifest ? manifest_lines(path) : std::nullopt) {
        for (const auto& line : *lines) add_input(line, false, inputs);
    } else {
        inputs.files.push_back({path, false});
    }
}

// ---- documents --------------------------------------------------------------

struct Job {
    std::string sha256;
    std::vector<std::string> paths;  // every path with this content, first one processed
    bool pdf = false;
};

std::optional<std::string> hash_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    return pdf::sha256_hex(bytes);
}

struct Tally {
    std::size_t total = 0, done = 0, ok = 0, failed = 0, already = 0, duplicates = 0;
    std::map<std::string, std::size_t> by_kind;
    long long pages = 0, indicators = 0, consistent = 0, inconsistent = 0, unverifiable = 0;
};

std::string clock_text(double seconds) {
    long s = std::lround(seconds);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    return buffer;
}

// Live on a terminal (one line redrawn), a plain line every few seconds in logs.
class Progress {
public:
    Progress(bool quiet, const Tally& tally) : quiet_(quiet), tty_(::isatty(STDERR_FILENO) == 1), tally_(tally) {}

    void tick() {
        if (quiet_) return;
        auto now = Clock::now();
        if (now - last_ < (tty_ ? std::chrono::milliseconds(200) : std::chrono::milliseconds(10000))) return;
        last_ = now;
        std::string line = status(now);
        if (tty_) std::cerr << "\r\033[K" << line << std::flush;
        else std::cerr << line << "\n";
        drawn_ = tty_;
    }
    // A message between live lines: the live line is cleared first and redrawn at the next tick.
    void say(const std::string& message) {
        if (drawn_) std::cerr << "\r\033[K";
        drawn_ = false;
        std::cerr << message << "\n";
    }
    void end() {
        if (drawn_) std::cerr << "\r\033[K";
        drawn_ = false;
    }
    double elapsed() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

private:
    std::string status(Clock::time_point now) const {
        double seconds = std::chrono::duration<double>(now - start_).count();
        char buffer[160];
        std::string eta = "-";
        if (tally_.done > 0 && tally_.done < tally_.total)
            eta = clock_text(seconds / static_cast<double>(tally_.done) * static_cast<double>(tally_.total - tally_.done));
        std::snprintf(buffer, sizeof buffer, "outturn: %zu/%zu documents, %.1f pages/s, %zu failed, ETA %s", tally_.done, tally_.total,
                      seconds > 0 ? static_cast<double>(tally_.pages) / seconds : 0.0, tally_.failed, eta.c_str());
        return buffer;
    }

    bool quiet_, tty_;
    bool drawn_ = false;
    const Tally& tally_;
    Clock::time_point start_ = Clock::now(), last_ = start_;
};

// Appends one JSON document per line. A kill -9 mid-write can leave a torn last
// line; it is cut off on reopening, so the file always parses line by line.
class JsonLines {
public:
    explicit JsonLines(const std::string& path) : path_(path) {
        fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (fd_ < 0) throw std::runtime_error(path + ": cannot open: " + std::strerror(errno));
        struct stat st {};
        ::fstat(fd_, &st);
        off_t end = st.st_size;
        char c = '\n';
        while (end > 0 && ::pread(fd_, &c, 1, end - 1) == 1 && c != '\n') --end;
        if (end != st.st_size && ::ftruncate(fd_, end) != 0) throw std::runtime_error(path + ": cannot repair: " + std::strerror(errno));
    }
    ~JsonLines() { ::close(fd_); }
    JsonLines(const JsonLines&) = delete;
    JsonLines& operator=(const JsonLines&) = delete;
    void write(const json& j) {
        if (!write_all(fd_, dump(j) + "\n")) throw std::runtime_error(path_ + ": cannot write: " + std::strerror(errno));
    }

private:
    std::string path_;
    int fd_ = -1;
};

volatile std::sig_atomic_t interrupted = 0;
void on_interrupt(int) { interrupted = 1; }

// ---- the worker pool --------------------------------------------------------

struct Worker {
    pid_t pid = -1;
    int to = -1, from = -1, err = -1;
    std::string inbox, errors;
    std::size_t scanned = 0;  // inbox bytes already searched for a newline
    bool ready = false, timed_out = false;
    std::optional<std::size_t> job;
    Clock::time_point since;
};

// Workers are started by fork + exec of this same binary (`outturn worker`), not
// by fork alone: the child must not inherit the parent's open SQLite connection
// (SQLite forbids using one across fork), RLIMIT_AS must bound the worker's own
// memory rather than a copy of the parent's, and Poppler's process-wide state
// starts clean. The exec is paid once per worker, which then serves many documents.
class Pool {
public:
    using Finish = std::function<void(const Job&, store::Outcome)>;
    Pool(const Options& options, std::span<const Job> jobs, Finish finish, Progress& progress)
        : options_(options), jobs_(jobs), finish_(std::move(finish)), progress_(progress) {}

    // Returns an empty string, or why the batch had to stop.
    std::string run() {
        std::vector<Worker> workers(static_cast<std::size_t>(std::max(1, std::min<int>(options_.jobs, static_cast<int>(jobs_.size())))));
        while (!interrupted && fatal_.empty()) {
            bool alive = false;
            for (auto& w : workers) {
                if (w.pid < 0 && next_ < jobs_.size()) spawn(w);
                if (w.pid < 0) continue;
                alive = true;
                if (w.ready && !w.job && w.to >= 0) {
                    if (next_ < jobs_.size()) send(w, next_++);
                    else close_fd(w.to);  // nothing left: end of input lets the worker exit
                }
            }
            if (!alive || !fatal_.empty()) break;
            wait_for_events(workers);
        }
        for (auto& w : workers) {
            if (w.pid < 0) continue;
            ::kill(w.pid, SIGKILL);
            w.job.reset();  // stopped by us, not by the document: left for the rerun
            reap(w);
        }
        return fatal_;
    }

private:
    void spawn(Worker& w) {
        int in[2], out[2], err[2];
        if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
            fatal_ = std::string("cannot create a pipe: ") + std::strerror(errno);
            return;
        }
        std::vector<char*> argv;
        for (const auto& a : options_.worker_command) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        rlimit limit{};
        // Under AddressSanitizer an address-space limit stops the runtime reserving
        // its shadow memory, so sanitizer builds run workers without one.
        limit.rlim_cur = limit.rlim_max = static_cast<rlim_t>(options_.max_memory_mb) << 20;
        const pid_t parent = ::getpid();
        pid_t pid = ::fork();
        if (pid == 0) {
            // Only async-signal-safe calls until exec. Its own process group keeps a
            // terminal's Ctrl-C away from the workers: the parent stops them, so an
            // interrupted document is left for the rerun instead of recorded as crashed.
            ::setpgid(0, 0);
            // A parent killed with -9 takes its workers with it.
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != parent) ::_exit(127);
#ifndef __SANITIZE_ADDRESS__
            ::setrlimit(RLIMIT_AS, &limit);
#endif
            ::dup2(in[0], STDIN_FILENO);
            ::dup2(out[1], STDOUT_FILENO);
            ::dup2(err[1], STDERR_FILENO);
            ::signal(SIGPIPE, SIG_DFL);
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        ::close(in[0]);
        ::close(out[1]);
        ::close(err[1]);
        if (pid < 0) {
            fatal_ = std::string("cannot start a worker: ") + std::strerror(errno);
            ::close(in[1]);
            ::close(out[0]);
            ::close(err[0]);
            return;
        }
        ::fcntl(out[0], F_SETFL, O_NONBLOCK);
        ::fcntl(err[0], F_SETFL, O_NONBLOCK);
        w = Worker{};
        w.pid = pid;
        w.to = in[1];
        w.from = out[0];
        w.err = err[0];
        w.since = Clock::now();
    }

    void send(Worker& w, std::size_t job) {
        w.job = job;
        w.since = Clock::now();
        // A failed write means the worker died; its end of output follows and is handled there.
        write_all(w.to, dump({{"path", jobs_[job].paths.front()}}) + "\n");
    }

    void wait_for_events(std::vector<Worker>& workers) {
        std::vector<pollfd> fds;
        std::vector<std::pair<Worker*, bool>> owners;  // worker, and whether the fd is its stderr
        auto now = Clock::now();
        auto wait = std::chrono::milliseconds(200);  // the progress line's refresh
        const auto limit = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(options_.timeout_seconds));
        for (auto& w : workers) {
            if (w.pid < 0) continue;
            if (!w.timed_out && (w.job || !w.ready)) {
                if (now - w.since >= limit) {
                    w.timed_out = true;
                    ::kill(w.pid, SIGKILL);
                } else {
                    wait = std::min(wait, std::chrono::ceil<std::chrono::milliseconds>(w.since + limit - now));
                }
            }
            fds.push_back({w.from, POLLIN, 0});
            owners.emplace_back(&w, false);
            if (w.err >= 0) {
                fds.push_back({w.err, POLLIN, 0});
                owners.emplace_back(&w, true);
            }
        }
        int n = ::poll(fds.data(), fds.size(), static_cast<int>(wait.count()));
        if (n < 0 && errno != EINTR) fatal_ = std::string("poll: ") + std::strerror(errno);
        for (std::size_t i = 0; n > 0 && i < fds.size(); ++i) {
            if (fds[i].revents == 0) continue;
            Worker& w = *owners[i].first;
            if (w.pid < 0) continue;  // reaped earlier in this pass
            if (owners[i].second) drain_errors(w);
            else if (!read_replies(w)) reap(w);
        }
        progress_.tick();
    }

    void drain_errors(Worker& w) {
        char buffer[4096];
        for (;;) {
            ssize_t n = ::read(w.err, buffer, sizeof buffer);
            if (n > 0) {
                w.errors.append(buffer, static_cast<std::size_t>(n));
                if (w.errors.size() > stderr_tail) w.errors.erase(0, w.errors.size() - stderr_tail);
                continue;
            }
            if (n < 0 && errno == EINTR) continue;
            if (n == 0) close_fd(w.err);
            return;
        }
    }

    // False at end of output: the worker has exited or is about to.
    bool read_replies(Worker& w) {
        char buffer[65536];
        for (;;) {
            ssize_t n = ::read(w.from, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) return true;  // EAGAIN: all read for now
            if (n == 0) return false;
            w.inbox.append(buffer, static_cast<std::size_t>(n));
            std::size_t newline;
            while ((newline = w.inbox.find('\n', w.scanned)) != std::string::npos) {
                std::string line = w.inbox.substr(0, newline);
                w.inbox.erase(0, newline + 1);
                w.scanned = 0;
                on_message(w, line);
            }
            w.scanned = w.inbox.size();
        }
    }

    void on_message(Worker& w, const std::string& line) {
        json message = json::parse(line, nullptr, false);
        if (!w.ready) {
            w.ready = message.is_object() && message.value("ready", false);
            if (!w.ready) ::kill(w.pid, SIGKILL);
            return;
        }
        if (!w.job || !message.is_object()) {
            ::kill(w.pid, SIGKILL);  // not the protocol: replaced, its document recorded as crashed
            return;
        }
        std::size_t job = *w.job;
        w.job.reset();
        store::Outcome outcome;
        if (message.value("ok", false) && message.contains("json")) {
            outcome.json = std::move(message["json"]);
            const json& source = (*outcome.json)["source"];
            if (!source.is_object() || source.value("sha256", "") != jobs_[job].sha256) {
                outcome.json.reset();
                outcome.error_kind = "io";
                outcome.error_message = "the file changed while the batch ran";
            }
        } else {
            outcome.error_kind = message.value("kind", "crashed");
            outcome.error_message = message.value("message", "");
        }
        // A worker that ran out of memory says it is exiting; it gets no more work.
        if (message.value("retire", false)) close_fd(w.to);
        finish_(jobs_[job], std::move(outcome));
    }

    void reap(Worker& w) {
        if (w.err >= 0) {
            int flags = ::fcntl(w.err, F_GETFL);
            ::fcntl(w.err, F_SETFL, flags & ~O_NONBLOCK);
            drain_errors(w);  // blocks until the worker's end closes: it is exiting
        }
        int status = 0;
        while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
        }
        if (!w.ready && !interrupted && fatal_.empty()) {
            fatal_ = "a worker failed to start (" + describe(status) + ")";
            if (!w.errors.empty()) fatal_ += ": " + last_line(w.errors);
            worker_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
        } else if (w.job && !interrupted) {
            finish_(jobs_[*w.job], death_outcome(w, status));
        }
        close_fd(w.to);
        close_fd(w.from);
        close_fd(w.err);
        w = Worker{};
    }

    store::Outcome death_outcome(const Worker& w, int status) const {
        store::Outcome o;
        const bool memory = w.errors.find("Out of memory") != std::string::npos || w.errors.find("bad_alloc") != std::string::npos;
        if (w.timed_out) {
            o.error_kind = "timeout";
            char buffer[96];
            std::snprintf(buffer, sizeof buffer, "no result within %g s; the worker was killed", options_.timeout_seconds);
            o.error_message = buffer;
        } else if (memory) {
            o.error_kind = "out-of-memory";
            o.error_message = "ran out of memory under the limit of " + std::to_string(options_.max_memory_mb) + " MB (" + describe(status) + ")";
        } else {
            o.error_kind = "crashed";
            o.error_message = describe(status) + (WIFEXITED(status) ? " without a result" : "");
            if (!w.errors.empty()) o.error_message += ": " + last_line(w.errors);
        }
        return o;
    }

    static std::string describe(int status) {
        if (WIFSIGNALED(status)) {
            int sig = WTERMSIG(status);
            return "crashed with signal " + std::to_string(sig) + " (" + ::strsignal(sig) + ")";
        }
        return "exited with status " + std::to_string(WEXITSTATUS(status));
    }

    static std::string last_line(std::string text) {
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
        auto nl = text.rfind('\n');
        return nl == std::string::npos ? text : text.substr(nl + 1);
    }

    static void close_fd(int& fd) {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }

public:
    int worker_status() const { return worker_status_; }

private:
    const Options& options_;
    std::span<const Job> jobs_;
    Finish finish_;
    Progress& progress_;
    std::size_t next_ = 0;
    std::string fatal_;
    int worker_status_ = 0;
};

std::string summary(const Tally& t, double seconds) {
    std::string s = "outturn: batch: " + std::to_string(t.done) + " documents processed: " + std::to_string(t.ok) + " ok, " +
                    std::to_string(t.failed) + " failed";
    if (!t.by_kind.empty()) {
        s += " (";
        bool first = true;
        for (const auto& [kind, n] : t.by_kind) {
            s += (first ? "" : ", ") + std::to_string(n) + " " + kind;
            first = false;
        }
        s += ")";
    }
    char tail[64];
    std::snprintf(tail, sizeof tail, "; %.1f s", seconds);
    return s + "; " + std::to_string(t.already) + " already recorded; " + std::to_string(t.duplicates) + " duplicate paths; " +
           std::to_string(t.pages) + " pages, " + std::to_string(t.indicators) + " indicators; checks: " + std::to_string(t.consistent) +
           " consistent, " + std::to_string(t.inconsistent) + " inconsistent, " + std::to_string(t.unverifiable) + " unverifiable" + tail;
}

pdf::Document read_with_passwords(const std::string& path, const std::vector<std::string>& passwords) {
    try {
        return pdf::read_file(path);
    } catch (const pdf::Error& e) {
        if (e.kind() != pdf::ErrorKind::password_needed || passwords.empty()) throw;
    }
    for (const auto& password : passwords) {
        pdf::Options options;
        options.password = password;
        try {
            return pdf::read_file(path, options);
        } catch (const pdf::Error& e) {
            if (e.kind() != pdf::ErrorKind::wrong_password) throw;
        }
    }
    throw pdf::Error(pdf::ErrorKind::wrong_password,
                     "encrypted, and none of the " + std::to_string(passwords.size()) + " passwords given opens it");
}

json failure(const std::string& kind, const std::string& message) { return {{"ok", false}, {"kind", kind}, {"message", message}}; }

}  // namespace

int shard_of(const std::string& sha256, int shards) {
    // 60 bits of the hash: uniform, and the same on every machine.
    std::uint64_t prefix = std::strtoull(sha256.substr(0, 15).c_str(), nullptr, 16);
    return static_cast<int>(prefix % static_cast<std::uint64_t>(shards)) + 1;
}

int run(const Options& options) {
    // A stop request is honoured from the start: whatever was recorded stays, and
    // the rest is left for the next run (exit 130), even while inputs are hashed.
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    ::signal(SIGPIPE, SIG_IGN);  // a dead worker's pipe is noticed by its end of output

    Inputs inputs;
    for (const auto& path : options.inputs) add_input(path, true, inputs);
    for (const auto& problem : inputs.problems) std::cerr << "outturn: " << problem << "\n";

    store::Store store(options.db);
    std::optional<JsonLines> jsonl;
    if (options.jsonl) jsonl.emplace(*options.jsonl);

    // Content decides identity: duplicates become one job with several paths.
    std::vector<Job> found;
    std::unordered_map<std::string, std::size_t> by_hash;
    for (const auto& f : inputs.files) {
        if (interrupted) break;
        auto sha = hash_file(f.path);
        if (!sha) {
            inputs.problems.push_back(f.path + ": cannot read");
            std::cerr << "outturn: " << f.path << ": cannot read\n";
            continue;
        }
        if (shard_of(*sha, options.shards) != options.shard) continue;
        auto [it, fresh] = by_hash.emplace(*sha, found.size());
        if (fresh) found.push_back({*sha, {}, f.pdf});
        found[it->second].paths.push_back(f.path);
        found[it->second].pdf = found[it->second].pdf || f.pdf;
    }

    Tally tally;
    std::vector<Job> jobs;
    std::vector<std::pair<std::string, std::string>> known_paths;
    const auto recorded = store.recorded();
    for (auto& job : found) {
        tally.duplicates += job.paths.size() - 1;
        if (!options.force && recorded.count(job.sha256)) {
            ++tally.already;
            for (const auto& p : job.paths) known_paths.emplace_back(job.sha256, p);
        } else {
            jobs.push_back(std::move(job));
        }
    }
    store.add_paths(known_paths);
    tally.total = jobs.size();

    Progress progress(options.quiet, tally);
    auto finish = [&](const Job& job, store::Outcome outcome) {
        outcome.sha256 = job.sha256;
        outcome.paths = job.paths;
        store.record(outcome);
        ++tally.done;
        if (outcome.json) {
            ++tally.ok;
            const json& doc = *outcome.json;
            tally.pages += doc["source"].value("pages", 0);
            tally.indicators += static_cast<long long>(doc.value("indicators", json::array()).size());
            for (const auto& c : doc.value("checks", json::array())) {
                std::string status = c.value("status", "");
                ++(status == "consistent" ? tally.consistent : status == "inconsistent" ? tally.inconsistent : tally.unverifiable);
            }
        } else {
            ++tally.failed;
            ++tally.by_kind[outcome.error_kind];
            if (!options.quiet) progress.say("outturn: " + job.paths.front() + ": " + outcome.error_message + " [" + outcome.error_kind + "]");
        }
        if (jsonl) {
            json line = outcome.json ? std::move(*outcome.json)
                                     : json{{"source", {{"file", job.paths.front()}, {"sha256", job.sha256}}},
                                            {"error", {{"kind", outcome.error_kind}, {"message", outcome.error_message}}}};
            line["paths"] = job.paths;
            jsonl->write(line);
        }
        progress.tick();
    };

    // Files that are not PDFs need no worker: their outcome is known now.
    auto for_workers = std::stable_partition(jobs.begin(), jobs.end(), [](const Job& job) { return !job.pdf; });
    for (auto it = jobs.begin(); it != for_workers; ++it) {
        store::Outcome outcome;
        outcome.error_kind = "not-a-pdf";
        outcome.error_message = "no %PDF- header in the first 1024 bytes";
        finish(*it, std::move(outcome));
    }

    Pool pool(options, std::span<const Job>(for_workers, jobs.end()), finish, progress);
    std::string fatal = for_workers == jobs.end() || interrupted ? std::string() : pool.run();
    progress.end();
    if (!fatal.empty()) {
        std::cerr << "outturn: " << fatal << "\n";
        return pool.worker_status() == 3 ? 3 : 2;
    }
    if (interrupted) {
        std::cerr << "outturn: interrupted after " << tally.done << " of " << tally.total << " documents; run again to finish\n";
        return 130;
    }
    if (!options.quiet) std::cerr << summary(tally, progress.elapsed()) << "\n";
    return inputs.problems.empty() ? 0 : 2;
}

int serve(const Rules& rules, const std::vector<std::string>& passwords, int in_fd, int out_fd) {
    // Test-only hooks (docs/batch.md): a slow worker, so tests can kill a batch
    // mid-run, and a crashing one, so they can watch a worker being replaced.
    const char* delay = std::getenv("OUTTURN_TEST_WORKER_DELAY_MS");
    const long delay_ms = delay ? std::strtol(delay, nullptr, 10) : 0;
    const char* crash_on = std::getenv("OUTTURN_TEST_WORKER_CRASH_ON");

    if (!write_all(out_fd, dump({{"ready", true}}) + "\n")) return 2;
    std::string pending;
    char buffer[4096];
    for (;;) {
        std::size_t newline = pending.find('\n');
        if (newline == std::string::npos) {
            ssize_t n = ::read(in_fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return 0;  // end of input: the batch has no more work for us
            pending.append(buffer, static_cast<std::size_t>(n));
            continue;
        }
        json request = json::parse(pending.substr(0, newline), nullptr, false);
        pending.erase(0, newline + 1);
        const std::string path = request.is_object() ? request.value("path", "") : "";
        if (path.empty()) return 2;

        json reply;
        bool exit_after = false;
        try {
            if (delay_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
            if (crash_on && *crash_on && path.find(crash_on) != std::string::npos) {
                std::signal(SIGSEGV, SIG_DFL);  // die by the signal itself, past any sanitizer's handler
                std::raise(SIGSEGV);
            }
            reply = {{"ok", true}, {"json", output::to_json(process(read_with_passwords(path, passwords), rules))}};
        } catch (const pdf::Error& e) {
            reply = failure(pdf::to_string(e.kind()), e.what());
        } catch (const std::bad_alloc&) {
            reply = failure("out-of-memory", "ran out of memory (worker limit reached)");
            exit_after = true;  // near the limit the heap is no place to carry on from; a new worker is cheap
        } catch (const std::exception& e) {
            reply = failure("crashed", std::string("internal error: ") + e.what());
        }
        if (exit_after) reply["retire"] = true;
        if (!write_all(out_fd, dump(reply) + "\n")) return 2;
        if (exit_after) return 0;
    }
}

}  // namespace outturn::batch
