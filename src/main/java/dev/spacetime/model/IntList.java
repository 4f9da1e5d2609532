package dev.spacetime.model;

import java.util.Arrays;

/**
 * A growable list of primitive ints, so that per-process event sequences cost 4 bytes an entry and a
 * frame gathers its shape numbers without boxing each one.
 */
public final class IntList {
    private int[] items;
    private int size;

    public IntList() {
        this(8);
    }

    public IntList(int capacity) {
        items = new int[Math.max(1, capacity)];
    }

    public int size() {
        return size;
    }

    public int get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size);
        }
        return items[index];
    }

    public void set(int index, int value) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size);
        }
        items[index] = value;
    }

    public void add(int value) {
        grow(size + 1);
        items[size++] = value;
    }

    public void insert(int index, int value) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size);
        }
        grow(size + 1);
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    public int removeAt(int index) {
        int value = get(index);
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        size--;
        return value;
    }

    public int indexOf(int value) {
        for (int i = 0; i < size; i++) {
            if (items[i] == value) {
                return i;
            }
        }
        return -1;
    }

    public int[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** The values in ascending order, each once. */
    public int[] sortedDistinct() {
        int[] out = Arrays.copyOf(items, size);
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (n == 0 || out[n - 1] != out[i]) {
                out[n++] = out[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Two ascending arrays merged into one, each value once. */
    public static int[] merge(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
            if (n == 0 || out[n - 1] != v) {
                out[n++] = v;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private void grow(int needed) {
        if (needed > items.length) {
            items = Arrays.copyOf(items, Math.max(needed, items.length + (items.length >> 1) + 1));
        }
    }
}
