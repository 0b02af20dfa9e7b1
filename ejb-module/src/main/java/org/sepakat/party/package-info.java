/**
 * The party register: the services catalogue, customers and the services each takes (BRM-1),
 * their contacts as users of a service (BRM-2) or interested parties with their interest
 * (BRM-3), the staff, and who is responsible for each customer relationship (BRM-4).
 */
package org.sepakat.party;
