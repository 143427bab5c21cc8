# expect-exit: 1
# expect-stderr: Outer.CleanupFailed: cleanup failed for 'job-7'
class Outer:
    class JobError(RuntimeError):
        pass

    class CleanupFailed(Exception):
        def __init__(self, job):
            self.job = job

        def __str__(self):
            return f"cleanup failed for {self.job!r}"


def run(job):
    try:
        raise Outer.JobError(job, "crashed")
    finally:
        cleanup(job)


def cleanup(job):
    raise Outer.CleanupFailed(job)


run("job-7")
