"""The Mandelbrot set over a SIZE x SIZE grid, 50 iterations at most: float arithmetic in a function
whose locals are floats (tuple assignment, a while loop with a compound test), as people write it."""
import sys
def mandel(size):
    count = 0
    for py in range(size):
        ci = 2.0 * py / size - 1.0
        for px in range(size):
            cr = 2.5 * px / size - 2.0
            zr = zi = 0.0
            i = 0
            while i < 50 and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                i += 1
            count += i
    return count
print(mandel(int(sys.argv[1])))
