#!/usr/bin/env python3
"""Starts a command and prints how long it took until its window was on screen.

    wait-for-window.py --name REGEX [--timeout S] [--linger S] [--log FILE] -- COMMAND [ARG...]

Prints one line, "mapped_ms=M painted_ms=P": milliseconds from just before the command started
until a top-level window whose title matches REGEX was mapped (viewable) on the X display in
$DISPLAY, and until its content was painted, meaning at least --colours different colours in a
grid of sampled pixels (an unpainted window is one flat colour). Then it leaves the command
running for --linger seconds (so it can finish printing) and ends its whole process group
(SIGTERM, then SIGKILL). Exit status 0, or 1 with "timeout" if no such window appeared.

Only Python 3 and libX11 (via ctypes); scripts/measure-startup.sh uses it.
"""
import argparse
import ctypes
import ctypes.util
import os
import re
import signal
import subprocess
import sys
import time

Window = ctypes.c_ulong
IS_VIEWABLE = 2
Z_PIXMAP = 2
ALL_PLANES = ctypes.c_ulong(0xFFFFFFFFFFFFFFFF)


class XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
        ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
        ("root", Window), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p),
    ]


class XTextProperty(ctypes.Structure):
    _fields_ = [("value", ctypes.c_void_p), ("encoding", ctypes.c_ulong),
                ("format", ctypes.c_int), ("nitems", ctypes.c_ulong)]


class XImage(ctypes.Structure):
    _fields_ = [
        ("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


class Display:
    def __init__(self):
        self.x = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
        x = self.x
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = Window
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XQueryTree.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(Window), ctypes.POINTER(Window),
                                 ctypes.POINTER(ctypes.POINTER(Window)), ctypes.POINTER(ctypes.c_uint)]
        x.XGetWMName.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(XTextProperty)]
        x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(XWindowAttributes)]
        x.XGetImage.restype = ctypes.POINTER(XImage)
        x.XGetImage.argtypes = [ctypes.c_void_p, Window, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                                ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        x.XDestroyImage.argtypes = [ctypes.POINTER(XImage)]
        x.XFree.argtypes = [ctypes.c_void_p]
        # A window can vanish between listing and reading it; ignore X errors instead of exiting.
        self._handler = ERROR_HANDLER(lambda d, e: 0)
        x.XSetErrorHandler(self._handler)
        self.dpy = x.XOpenDisplay(None)
        if not self.dpy:
            sys.exit("wait-for-window: cannot open display " + os.environ.get("DISPLAY", "(DISPLAY unset)"))
        self.root = x.XDefaultRootWindow(self.dpy)

    def windows(self, parent=None):
        parent = self.root if parent is None else parent
        root, par, children, n = Window(), Window(), ctypes.POINTER(Window)(), ctypes.c_uint()
        if not self.x.XQueryTree(self.dpy, parent, ctypes.byref(root), ctypes.byref(par),
                                 ctypes.byref(children), ctypes.byref(n)):
            return []
        found = [children[i] for i in range(n.value)]
        if children:
            self.x.XFree(children)
        result = []
        for w in found:
            result.append(w)
            result.extend(self.windows(w))
        return result

    def name(self, w):
        prop = XTextProperty()
        if not self.x.XGetWMName(self.dpy, w, ctypes.byref(prop)) or not prop.value:
            return None
        try:
            return ctypes.string_at(prop.value, prop.nitems).decode("utf-8", "replace")
        finally:
            self.x.XFree(prop.value)

    def attributes(self, w):
        a = XWindowAttributes()
        return a if self.x.XGetWindowAttributes(self.dpy, w, ctypes.byref(a)) else None

    def colours(self, w, a, grid=40):
        """How many different colours a grid x grid sample of the window's pixels has.

        Reads only the grid's rows, one pixel high each: reading the whole window (about 5 MB)
        every 5 ms kept the X server and a core busy while the program under test drew its first
        frame, and made a Java window about 0.15 s later than it was without the watching.
        """
        seen = set()
        for gy in range(grid):
            y = (2 * gy + 1) * a.height // (2 * grid)
            image = self.x.XGetImage(self.dpy, w, 0, y, a.width, 1, ALL_PLANES, Z_PIXMAP)
            if not image:
                return 0
            try:
                im = image.contents
                step = im.bits_per_pixel // 8
                for gx in range(grid):
                    x = (2 * gx + 1) * im.width // (2 * grid)
                    seen.add(ctypes.string_at(im.data + x * step, step))
            finally:
                self.x.XDestroyImage(image)
        return len(seen)


def end_group(proc, linger):
    try:
        proc.wait(timeout=linger)
    except subprocess.TimeoutExpired:
        pass
    for sig, wait in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 3.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                os.killpg(proc.pid, 0)
            except ProcessLookupError:
                proc.poll()
                return
            proc.poll()
            time.sleep(0.02)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--name", required=True, help="regular expression for the window title")
    p.add_argument("--timeout", type=float, default=30)
    p.add_argument("--linger", type=float, default=0, help="seconds to leave the command running after")
    p.add_argument("--colours", type=int, default=8, help="colours that count as painted")
    p.add_argument("--log", default=os.devnull, help="file for the command's output")
    p.add_argument("command", nargs=argparse.REMAINDER)
    a = p.parse_args()
    command = a.command[1:] if a.command[:1] == ["--"] else a.command
    if not command:
        p.error("no command")
    pattern = re.compile(a.name)
    display = Display()
    with open(a.log, "ab") as log:
        start = time.monotonic()
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        mapped = painted = None
        try:
            while painted is None and time.monotonic() - start < a.timeout:
                for w in display.windows():
                    title = display.name(w)
                    if not title or not pattern.search(title):
                        continue
                    attrs = display.attributes(w)
                    if attrs is None or attrs.map_state != IS_VIEWABLE:
                        continue
                    now = time.monotonic()
                    mapped = mapped if mapped is not None else now
                    if display.colours(w, attrs) >= a.colours:
                        painted = now
                        break
                if painted is None:
                    time.sleep(0.005)
        finally:
            end_group(proc, a.linger if painted is not None else 0)
    if painted is None:
        print("timeout")
        return 1
    print("mapped_ms=%d painted_ms=%d" % (round((mapped - start) * 1000), round((painted - start) * 1000)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
