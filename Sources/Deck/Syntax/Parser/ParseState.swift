/// A configuration of the arc-hybrid transition system with the root at the end of the buffer: a stack, the
/// buffer's first word (the buffer is always the words from there to the root), and the arcs made so far.
struct ParseState {
    /// The number of words; the root is word `n`.
    let n: Int
    var stack: [Int] = []
    /// The buffer's first word (`n` once only the root is left).
    var next = 0
    var heads: [Int]
    var labels: [Int]
    /// Each word's two leftmost and two rightmost dependents so far (-1: none). In this system a new left
    /// dependent is always further left than the old ones, and a new right one further right.
    var left1: [Int], left2: [Int], right1: [Int], right2: [Int]
    var leftCount: [Int], rightCount: [Int]
    /// The set of labels of each word's left and right dependents, as bits.
    var leftLabels: [UInt64], rightLabels: [UInt64]

    init(words n: Int) {
        self.n = n
        let none = [Int](repeating: -1, count: n + 1)
        heads = none
        labels = none
        left1 = none; left2 = none; right1 = none; right2 = none
        leftCount = [Int](repeating: 0, count: n + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: n + 1)
        rightLabels = leftLabels
        stack.reserveCapacity(n)
    }

    var isTerminal: Bool { next == n && stack.isEmpty }

    /// Whether a move of `kind` may be made now: the root takes one dependent, the last word left on the stack
    /// (with the label `root`, which no other arc has).
    @inline(__always)
    func allows(_ kind: Transition.Kind) -> Bool {
        switch kind {
        case .shift: return next < n
        case .left: return !stack.isEmpty && (next < n || stack.count == 1)
        case .right: return stack.count >= 2
        }
    }

    /// The one kind of move allowed now, if only one is: a shift when the stack is empty, a right arc when
    /// only the root is left in the buffer and the stack holds two words or more, the root's left arc when
    /// it holds one.
    var onlyMove: Transition.Kind? {
        if stack.isEmpty { return next < n ? .shift : nil }
        if next == n { return stack.count == 1 ? .left : .right }
        return nil
    }

    /// The head and the dependent of the arc a move of `kind` (left or right) would make now.
    @inline(__always)
    func arc(_ kind: Transition.Kind) -> (head: Int, dependent: Int) {
        let s0 = stack[stack.count - 1]
        return kind == .left ? (next, s0) : (stack[stack.count - 2], s0)
    }

    mutating func apply(_ move: Transition) {
        switch move {
        case .shift:
            stack.append(next)
            next += 1
        case .left(let l):
            attach(stack.removeLast(), to: next, label: l)
        case .right(let l):
            let d = stack.removeLast()
            attach(d, to: stack[stack.count - 1], label: l)
        }
    }

    private mutating func attach(_ d: Int, to h: Int, label l: Int) {
        heads[d] = h
        labels[d] = l
        if d < h {
            left2[h] = left1[h]; left1[h] = d
            leftCount[h] += 1
            leftLabels[h] |= 1 << UInt64(l & 63)
        } else {
            right2[h] = right1[h]; right1[h] = d
            rightCount[h] += 1
            rightLabels[h] |= 1 << UInt64(l & 63)
        }
    }
}

/// A move of the arc-hybrid system: shift the buffer's first word onto the stack, or pop the stack's top as
/// a dependent of the buffer's first word (left) or of the word below it (right), with a relation label.
enum Transition: Equatable {
    case shift
    case left(Int)
    case right(Int)

    /// What a move does, without its label: the parser's first choice.
    enum Kind: Int, CaseIterable {
        case shift, left, right
    }
}
