"""Martin Richards' operating-system simulation, the classic object-oriented benchmark: a scheduler
over six tasks of four classes that pass packets through queues. Method calls on a class hierarchy,
attribute loads and stores, small lists, and globals holding the scheduler's state.

Written again from the benchmark's description (BCPL, 1979, and the Smalltalk and Python ports that
count queued packets and holds: 23246 and 9297 for one iteration)."""
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(1, 7)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4
TASK_COUNT = 10


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Put this packet at the end of the queue that starts at `queue`; return the new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


# What each kind of task keeps between runs.
class DeviceRecord:
    def __init__(self):
        self.pending = None


class IdleRecord:
    def __init__(self):
        self.control = 1
        self.count = 10000


class HandlerRecord:
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def work_in_add(self, packet):
        self.work_in = packet.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, packet):
        self.device_in = packet.append_to(self.device_in)
        return self.device_in


class WorkerRecord:
    def __init__(self):
        self.destination = HANDLER_A
        self.count = 0


class Scheduler:
    """The global state: the task table, the task running, and the counts the result is checked by."""

    def __init__(self):
        self.table = [None] * TASK_COUNT
        self.list = None
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.queue_count = 0
        self.layout = 0

    def find(self, ident):
        task = self.table[ident]
        if task is None:
            raise ValueError("no task %d" % ident)
        return task

    def run(self):
        task = self.list
        while task is not None:
            if task.is_held_or_suspended():
                task = task.link
            else:
                self.current_id = task.ident
                task = task.run_task()


scheduler = Scheduler()


class Task:
    def __init__(self, ident, priority, queue, record):
        self.link = scheduler.list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.record = record
        self.packet_pending = queue is not None     # a task with packets starts waiting for them,
        self.waiting = True                         # one without waits for its first
        self.holding = False
        scheduler.list = self
        scheduler.table[ident] = self

    def is_held_or_suspended(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def waiting_with_packet(self):
        return self.packet_pending and self.waiting and not self.holding

    def add_packet(self, packet, old):
        """Queue a packet for this task; the task to run next."""
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            packet.append_to(self.input)
        return old

    def run_task(self):
        if self.waiting_with_packet():
            packet = self.input
            self.input = packet.link
            if self.input is None:
                self.packet_pending = False
                self.waiting = False
            else:
                self.packet_pending = True
                self.waiting = False
        else:
            packet = None
        return self.step(packet, self.record)

    # What a task does from its step: the scheduler's primitives.
    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        scheduler.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        task = scheduler.find(ident)
        task.holding = False
        if task.priority > self.priority:
            return task
        return self

    def send(self, packet):
        """Send a packet to the task its ident names."""
        task = scheduler.find(packet.ident)
        scheduler.queue_count += 1
        packet.link = None
        packet.ident = scheduler.current_id
        return task.add_packet(packet, self)


class DeviceTask(Task):
    def step(self, packet, record):
        if packet is None:
            packet = record.pending
            if packet is None:
                return self.wait()
            record.pending = None
            return self.send(packet)
        record.pending = packet
        return self.hold()


class HandlerTask(Task):
    def step(self, packet, record):
        if packet is not None:
            if packet.kind == KIND_WORK:
                record.work_in_add(packet)
            else:
                record.device_in_add(packet)
        work = record.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFFER_SIZE:
            record.work_in = work.link
            return self.send(work)
        device = record.device_in
        if device is None:
            return self.wait()
        record.device_in = device.link
        device.datum = work.data[count]
        work.datum = count + 1
        return self.send(device)


class IdleTask(Task):
    def step(self, packet, record):
        record.count -= 1
        if record.count == 0:
            return self.hold()
        if record.control & 1 == 0:
            record.control //= 2
            return self.release(DEVICE_A)
        record.control = record.control // 2 ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def step(self, packet, record):
        if packet is None:
            return self.wait()
        record.destination = HANDLER_B if record.destination == HANDLER_A else HANDLER_A
        packet.ident = record.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            record.count += 1
            if record.count > 26:
                record.count = 1
            packet.data[i] = ord("A") + record.count - 1
        return self.send(packet)


def schedule_once():
    global scheduler
    scheduler = Scheduler()
    idle = IdleTask(IDLE, 1, None, IdleRecord())
    idle.packet_pending, idle.waiting = True, False     # the idle task starts running

    queue = Packet(None, 0, KIND_WORK)
    queue = Packet(queue, 0, KIND_WORK)
    WorkerTask(WORKER, 1000, queue, WorkerRecord())

    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        queue = Packet(None, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        priority = 2000 if handler == HANDLER_A else 3000
        HandlerTask(handler, priority, queue, HandlerRecord())

    DeviceTask(DEVICE_A, 4000, None, DeviceRecord())
    DeviceTask(DEVICE_B, 5000, None, DeviceRecord())
    scheduler.run()
    return scheduler.queue_count, scheduler.hold_count


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    for _ in range(iterations):
        queued, held = schedule_once()
        if (queued, held) != (23246, 9297):
            print("wrong result:", queued, held)
            sys.exit(1)
    print(iterations, "iterations:", queued, "packets queued,", held, "holds")


main()
