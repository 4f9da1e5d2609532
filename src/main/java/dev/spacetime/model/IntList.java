package dev.spacetime.model;

import java.util.Arrays;

/** A growable list of primitive ints, so that per-process event sequences cost 4 bytes an entry. */
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

    private void grow(int needed) {
        if (needed > items.length) {
            items = Arrays.copyOf(items, Math.max(needed, items.length + (items.length >> 1) + 1));
        }
    }
}
