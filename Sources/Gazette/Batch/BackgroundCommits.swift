import Foundation

/// Runs an output folder's group commits (one sync, then the names: ``OutputFolder``) on a
/// thread of their own, in the order they were submitted.
///
/// A worker whose file completes a group goes on with its next document instead of waiting
/// for the disk, and so do the other workers: results are delivered in input order with a
/// small window, so a worker held by a sync (a few milliseconds on a busy disk) soon held the
/// others too. A batch of 5,750 small articles spent 0.26 s in group syncs.
///
/// At most ``depth`` groups wait; a worker submitting one more waits for room. A failure is
/// kept and thrown by the next ``submit(_:)`` or by ``finish()`` (the first one only; the
/// group's files are removed and their documents redone by the next run, as before).
/// Thread-safe.
final class BackgroundCommits: @unchecked Sendable {
    /// Commits one group (on the background thread).
    private let commit: ([OutputFolder.Pending]) throws(OutputFolder.Failure) -> Void
    private let condition = NSCondition()
    private var queue: [[OutputFolder.Pending]] = []
    private var running = false
    private var failure: OutputFolder.Failure?
    /// The most groups waiting to be committed.
    static let depth = 2

    init(commit: @escaping ([OutputFolder.Pending]) throws(OutputFolder.Failure) -> Void) {
        self.commit = commit
    }

    /// Queues `group` for commit; throws the failure of an earlier group, if one is not yet
    /// reported.
    func submit(_ group: [OutputFolder.Pending]) throws(OutputFolder.Failure) {
        condition.lock()
        while queue.count >= Self.depth { condition.wait() }
        queue.append(group)
        if !running {
            running = true
            Thread { self.drain() }.start()
        }
        let failed = failure
        failure = nil
        condition.unlock()
        if let failed { throw failed }
    }

    /// Waits until every group submitted is committed; throws a failure not yet reported.
    func finish() throws(OutputFolder.Failure) {
        condition.lock()
        while running { condition.wait() }
        let failed = failure
        failure = nil
        condition.unlock()
        if let failed { throw failed }
    }

    /// Commits the queued groups in order, until none is left.
    private func drain() {
        condition.lock()
        while !queue.isEmpty {
            let group = queue.removeFirst()
            condition.broadcast()   // room for a waiting submitter
            condition.unlock()
            var failed: OutputFolder.Failure?
            do { try commit(group) } catch { failed = error }
            condition.lock()
            if let failed, failure == nil { failure = failed }
        }
        running = false
        condition.broadcast()
        condition.unlock()
    }
}
