#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// An exclusive `flock` on `<index>.lock`, held while an open checks and refreshes the index:
/// a second process opening the same corpus waits, then finds the index up to date, instead of
/// reading and parsing the same files and racing to write them. The kernel drops the lock when
/// the process ends, however it ends, so a killed build never leaves the index locked.
final class IndexLock {
    private var descriptor: Int32

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Blocks until the lock is free.
    init(path: String) throws {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(description: "cannot create the lock file \(path): \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw Failure(description: "cannot lock \(path): \(reason)")
            }
        }
    }

    /// The lock when no one holds it, else nil at once.
    init?(ifFree path: String) {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
    }

    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
