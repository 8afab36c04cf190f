import Foundation

/// Runs `count` jobs on worker threads and hands the results back in job order.
///
/// Each worker thread owns one `Worker` value (a ``Pipeline``: stages are not thread-safe)
/// for its whole life. Workers claim jobs in order; at most `window` results wait to be
/// delivered, so memory stays bounded however many jobs there are. `deliver` runs on the
/// calling thread, in order 0, 1, 2, …; if it throws, workers stop claiming new jobs and
/// the error is rethrown once they have stopped.
struct OrderedWorkers<Worker, Output> {
    let count: Int
    let window: Int

    /// Runs the jobs: `work(worker, index)` on the workers' threads, `deliver(index, output)` here.
    func run(workers: [Worker], work: @escaping @Sendable (Worker, Int) -> Output,
             deliver: (Int, Output) throws -> Void) throws {
        let state = SharedState<Output>()
        let jobs = count, window = max(window, workers.count)
        // Results delivered per wake-up of the delivering thread (fewer than the window, so
        // that full windows always wake it).
        let batch = max(1, window / 2)
        for worker in workers {
            let box = UncheckedBox(worker)
            let thread = Thread {
                state.condition.lock()
                while true {
                    while state.claimed >= state.delivered + window && !state.stopped { state.condition.wait() }
                    if state.stopped || state.claimed >= jobs {
                        state.finishedWorkers += 1
                        state.condition.broadcast()
                        state.condition.unlock()
                        return
                    }
                    let index = state.claimed
                    state.claimed += 1
                    state.condition.unlock()
                    let output = work(box.value, index)
                    // One lock a job: the result is stored and the next job claimed together.
                    state.condition.lock()
                    state.results[index] = output
                    state.completed += 1
                    // Wake the delivering thread once `batch` results wait (or when no more
                    // will come, or the window is full): each wake-up preempts a worker on a
                    // machine with as many cores as workers.
                    let waiting = state.completed - state.delivered
                    if waiting >= batch || state.completed == jobs || state.claimed >= state.delivered + window {
                        state.condition.broadcast()
                    }
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        var failure: (any Error)?
        for index in 0..<jobs {
            state.condition.lock()
            while state.results[index] == nil { state.condition.wait() }
            let output = state.results.removeValue(forKey: index)!
            // Workers wait only when the window is full: wake them only then.
            let workersWaiting = state.claimed >= state.delivered + window
            state.delivered += 1
            if workersWaiting { state.condition.broadcast() }
            state.condition.unlock()
            do { try deliver(index, output) } catch { failure = error; break }
        }
        state.condition.lock()
        state.stopped = true
        state.condition.broadcast()
        while state.finishedWorkers < workers.count { state.condition.wait() }
        state.condition.unlock()
        if let failure { throw failure }
    }
}

/// The state shared by the workers and the delivering thread, guarded by `condition`.
private final class SharedState<Output>: @unchecked Sendable {
    let condition = NSCondition()
    var claimed = 0
    var completed = 0
    var delivered = 0
    var finishedWorkers = 0
    var stopped = false
    var results: [Int: Output] = [:]
}

/// Moves a non-Sendable value to the one thread that will use it.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
