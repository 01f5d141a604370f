package org.learningledger.command.publication;

import java.util.regex.Matcher;

/**
 * Czech birth numbers (rodné číslo): YYMMDD/SSS(C). Women have 50 added to the month, and numbers
 * since 2004 may add 20; ten-digit numbers are divisible by 11 (or end in 0 when the rest leaves 10).
 * Checking the date and the checksum keeps ordinary six-plus-four digit numbers from being flagged.
 */
final class BirthNumbers {

    private BirthNumbers() {
    }

    static boolean plausible(Matcher m) {
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        String serial = m.group(4);
        int realMonth = month > 70 ? month - 70 : month > 50 ? month - 50 : month > 20 ? month - 20 : month;
        if (realMonth < 1 || realMonth > 12 || day < 1 || day > 31) {
            return false;
        }
        if (serial.length() == 3) {
            return Integer.parseInt(m.group(1)) < 54; // nine digits were issued only before 1954
        }
        long number = Long.parseLong(m.group(1) + m.group(2) + m.group(3) + serial);
        long firstNine = number / 10;
        int check = (int) (number % 10);
        return number % 11 == 0 || (firstNine % 11 == 10 && check == 0);
    }
}
